package hotline.notification;

import java.time.Instant;
import java.util.List;

/** One notification of one person; {@code messageKey} and {@code args} are rendered in the reader's language. */
public record Notification(long id, long userId, String kind, String messageKey, List<String> args, String link,
                           Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
