package hotline.notification;

import hotline.platform.NotFoundException;
import hotline.platform.live.LiveEvents;
import hotline.platform.live.LiveTopicPolicy;
import hotline.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sends and reads in-app notifications. {@link #notify} joins the caller's transaction: a notification about a change
 * exists exactly when the change does; the live push to the bell goes out after commit.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LiveEvents live;
    private final Clock clock;

    Notifications(JdbcClient jdbc, JsonMapper json, LiveEvents live, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.live = live;
        this.clock = clock;
    }

    /** Notifies each person once (duplicates in {@code userIds} are ignored). */
    @Transactional
    public void notify(Collection<Long> userIds, String kind, String messageKey, List<String> args, String link) {
        var recipients = new LinkedHashSet<>(userIds);
        var now = Timestamp.from(clock.instant());
        String arguments = json.writeValueAsString(args);
        for (Long userId : recipients) {
            jdbc.sql("""
                            insert into notification.notification (user_id, kind, message_key, args, link, created_at)
                            values (?, ?, ?, cast(? as jsonb), ?, ?)""")
                    .params(userId, kind, messageKey, arguments, link, now)
                    .update();
        }
        afterCommit(() -> recipients.forEach(userId -> live.publish(LiveTopicPolicy.userTopic(userId), "notification",
                Map.of("kind", kind, "unread", unreadCount(userId)))));
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification.notification where user_id = ? and read_at is null")
                .param(userId).query(Long.class).single();
    }

    /** The signed-in person's newest notifications. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return jdbc.sql("select * from notification.notification where user_id = ? order by id desc limit ?")
                .params(CurrentUser.require().id(), Math.max(1, Math.min(limit, 500)))
                .query(this::notification).list();
    }

    @Transactional
    public Notification markRead(long id) {
        long me = CurrentUser.require().id();
        int updated = jdbc.sql("""
                        update notification.notification set read_at = coalesce(read_at, ?)
                        where id = ? and user_id = ?""")
                .params(Timestamp.from(clock.instant()), id, me).update();
        if (updated == 0) {
            throw new NotFoundException("notification", id);
        }
        return jdbc.sql("select * from notification.notification where id = ?").param(id).query(this::notification).single();
    }

    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notification.notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.require().id()).update();
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getLong("user_id"), rs.getString("kind"),
                rs.getString("message_key"), json.readValue(rs.getString("args"), new TypeReference<List<String>>() { }),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
