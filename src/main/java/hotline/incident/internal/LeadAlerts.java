package hotline.incident.internal;

import hotline.identity.UserQuery;
import hotline.identity.Users;
import hotline.incident.Notification;
import hotline.notification.Notifications;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Alerts for the floor's leads: every team lead and supervisor gets an in-app notification (the bell, pushed live),
 * and the alert is kept in the incident module's own feed that the hot-issue board lists.
 */
@Component
class LeadAlerts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;
    private final Users users;

    LeadAlerts(JdbcClient jdbc, Clock clock, Notifications notifications, Users users) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
        this.users = users;
    }

    /** {@code kind} is {@code INCIDENT} or {@code HOT_ISSUE}; the bell shows {@code incident.alert.<kind>} with the title. */
    void notifyLeads(String kind, String title, String link) {
        jdbc.sql("insert into incident.notification (audience, kind, title, link, created_at) values ('LEADS', ?, ?, ?, ?)")
                .params(kind, title, link, clock.instant().atOffset(ZoneOffset.UTC)).update();
        var leads = new LinkedHashSet<Long>();
        SystemActor.run(() -> {
            for (var role : List.of(Role.TEAM_LEAD, Role.SUPERVISOR)) {
                users.list(new UserQuery(null, role, true)).forEach(u -> leads.add(u.id()));
            }
        });
        notifications.notify(leads, "incident." + kind.toLowerCase(Locale.ROOT), "incident.alert." + kind,
                List.of(title), link);
    }

    List<Notification> latest(int limit) {
        return jdbc.sql("select * from incident.notification order by created_at desc, id desc limit ?")
                .param(Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
