package hotline.incident.internal;

import hotline.incident.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The leads' in-app notifications: a small table until a notification centre takes them over. */
@Component
class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void notifyLeads(String kind, String title, String link) {
        jdbc.sql("insert into incident.notification (audience, kind, title, link, created_at) values ('LEADS', ?, ?, ?, ?)")
                .params(kind, title, link, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    List<Notification> latest(int limit) {
        return jdbc.sql("select * from incident.notification order by created_at desc, id desc limit ?")
                .param(Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
