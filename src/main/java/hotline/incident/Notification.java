package hotline.incident;

import java.time.Instant;

/** An in-app notice for leads (a hot issue rose, an incident was declared), with a link to the page behind it. */
public record Notification(long id, String kind, String title, String link, Instant createdAt) {
}
