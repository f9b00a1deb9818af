package hotline.desk;

import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who may follow the desk's live topics: the same scopes as routing's facade. */
class DeskTopicsTests {

    final Teams teams = mock(Teams.class);
    final DeskTopics topics = new DeskTopics(null, teams);

    static Actor person(long id, Role... roles) {
        return new Actor(id, "p" + id, "p" + id, Set.of(roles));
    }

    @Test
    void anAgentFollowsOnlyTheirOwnDesktop() {
        var agent = person(7, Role.AGENT);
        assertThat(topics.allows(agent, "desk:agent:7")).isTrue();
        assertThat(topics.allows(agent, "desk:agent:8")).isFalse();
        assertThat(topics.allows(agent, "wallboard")).isFalse();
        assertThat(topics.allows(agent, "wallboard:agents")).isFalse();
        assertThat(topics.allows(agent, "wallboard:team:1")).isFalse();
    }

    @Test
    void aTeamLeadFollowsTheQueuesAndTheTeamsTheyLead() {
        var lead = person(3, Role.TEAM_LEAD);
        when(teams.ledBy(3)).thenReturn(List.of(new TeamView(5, "一班", 3L, List.of(7L), Instant.EPOCH, Instant.EPOCH,
                0)));
        assertThat(topics.allows(lead, "wallboard")).isTrue();
        assertThat(topics.allows(lead, "wallboard:team:5")).isTrue();
        assertThat(topics.allows(lead, "wallboard:team:6")).isFalse();
        assertThat(topics.allows(lead, "wallboard:team:x")).isFalse();
        assertThat(topics.allows(lead, "wallboard:agents")).isFalse();
        assertThat(topics.allows(lead, "desk:agent:7")).as("not an agent's own desktop").isFalse();
    }

    @Test
    void supervisorsAndManagersFollowTheWholeFloorButNoDesktop() {
        for (var role : List.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)) {
            var floor = person(2, role);
            assertThat(topics.allows(floor, "wallboard")).isTrue();
            assertThat(topics.allows(floor, "wallboard:agents")).isTrue();
            assertThat(topics.allows(floor, "wallboard:team:5")).isTrue();
            assertThat(topics.allows(floor, "desk:agent:7")).isFalse();
        }
        assertThat(topics.allows(person(9, Role.QA), "wallboard")).isFalse();
        assertThat(topics.allows(person(9, Role.DEPARTMENT), "wallboard")).isFalse();
    }
}
