package hotline.incident;

import hotline.HotlineWebTest;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.notification.Notifications;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Declaring an incident rings the bell of every lead and supervisor, and of nobody else. */
@HotlineWebTest
class LeadAlertTests {

    @Autowired
    Incidents incidents;
    @Autowired
    Notifications notifications;
    @Autowired
    Users users;

    @Test
    void leadsAndSupervisorsAreNotifiedOfADeclaredIncident() {
        var lead = person(Role.TEAM_LEAD);
        var agent = person(Role.AGENT);
        String title = "告警事件" + UUID.randomUUID().toString().substring(0, 6);
        var incident = SystemActor.call(() -> incidents.declare(new IncidentDeclaration(title, IncidentType.WEATHER,
                new IncidentArea(List.of(), List.of("告警区"), List.of()), Instant.now(), null, "台风影响。", null)));

        var leadsBell = SystemActor.callAs(lead, () -> notifications.mine(20));
        assertThat(leadsBell).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("incident.alert.INCIDENT");
            assertThat(n.args()).containsExactly(title);
            assertThat(n.link()).isEqualTo("/incidents/" + incident.id());
        });
        assertThat(SystemActor.callAs(agent, () -> notifications.mine(20)))
                .noneMatch(n -> n.args().contains(title));
    }

    private Actor person(Role role) {
        String name = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        var user = SystemActor.call(() -> users.create(new NewUser(name, name, "Secret-pass-9", null, null,
                Set.of(role))));
        return new Actor(user.id(), user.username(), user.displayName(), Set.of(role));
    }
}
