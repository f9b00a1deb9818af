package hotline.organization;

import hotline.HotlineWebTest;
import hotline.identity.UserView;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

import static hotline.organization.OrganizationFixtures.actor;
import static hotline.organization.OrganizationFixtures.as;
import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HotlineWebTest
class TeamsTests {

    @Autowired
    Teams teams;
    @Autowired
    OrganizationFixtures fixtures;

    TeamView team(UserView lead, UserView... agents) {
        var ids = java.util.Arrays.stream(agents).map(UserView::id).collect(java.util.stream.Collectors.toSet());
        return asAdmin(() -> teams.create(new NewTeam(unique("组"), lead == null ? null : lead.id(), ids)));
    }

    @Test
    void createsATeamWithLeadAndAgents() {
        var lead = fixtures.person(Role.TEAM_LEAD);
        var a1 = fixtures.person(Role.AGENT);
        var a2 = fixtures.person(Role.AGENT);
        var team = team(lead, a1, a2);
        assertThat(team.memberIds()).containsExactlyInAnyOrder(a1.id(), a2.id());
        assertThat(teams.teamOf(a1.id())).map(TeamView::id).contains(team.id());
        assertThat(teams.ledBy(lead.id())).extracting(TeamView::id).containsExactly(team.id());
    }

    @Test
    void anAgentIsInOneTeamAtMost() {
        var agent = fixtures.person(Role.AGENT);
        var first = team(null, agent);
        var second = team(null);
        var moved = asAdmin(() -> teams.addMember(second.id(), agent.id()));
        assertThat(moved.memberIds()).containsExactly(agent.id());
        assertThat(teams.get(first.id()).memberIds()).isEmpty();
        assertThat(teams.get(first.id()).version()).isGreaterThan(first.version());
        assertThat(teams.teamOf(agent.id())).map(TeamView::id).contains(second.id());
        assertThat(teams.teamIdOf(agent.id())).contains(second.id());
    }

    @Test
    void onlyAgentsBecomeMembersAndOnlyTeamLeadsLead() {
        var supervisor = fixtures.person(Role.SUPERVISOR);
        assertThatThrownBy(() -> team(supervisor)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("TEAM_LEAD");
        var lead = fixtures.person(Role.TEAM_LEAD);
        assertThatThrownBy(() -> team(null, lead)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("AGENT");
    }

    @Test
    void aLeadMovesAgentsOfTheirOwnTeamOnly() {
        var lead = fixtures.person(Role.TEAM_LEAD);
        var otherLead = fixtures.person(Role.TEAM_LEAD);
        var mine = fixtures.person(Role.AGENT);
        var theirs = fixtures.person(Role.AGENT);
        var free = fixtures.person(Role.AGENT);
        var own = team(lead, mine);
        var other = team(otherLead, theirs);

        var afterAdd = as(actor(lead), () -> teams.addMember(own.id(), free.id()));
        assertThat(afterAdd.memberIds()).contains(free.id());
        as(actor(lead), () -> teams.removeMember(own.id(), mine.id()));
        assertThat(teams.teamOf(mine.id())).isEmpty();
        assertThat(teams.teamIdOf(mine.id())).isEmpty();

        assertThatThrownBy(() -> as(actor(lead), () -> teams.addMember(own.id(), theirs.id())))
                .as("taking an agent out of another lead's team").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(actor(lead), () -> teams.addMember(other.id(), mine.id())))
                .as("changing another lead's team").isInstanceOf(AccessDeniedException.class);
        assertThat(teams.teamOf(theirs.id())).map(TeamView::id).contains(other.id());
    }

    @Test
    void aSupervisorMovesAnyAgentButOnlyAnAdministratorRenamesATeam() {
        var agent = fixtures.person(Role.AGENT);
        var from = team(fixtures.person(Role.TEAM_LEAD), agent);
        var to = team(fixtures.person(Role.TEAM_LEAD));
        var supervisor = actor(fixtures.person(Role.SUPERVISOR));
        as(supervisor, () -> teams.addMember(to.id(), agent.id()));
        assertThat(teams.teamOf(agent.id())).map(TeamView::id).contains(to.id());

        var current = teams.get(from.id());
        assertThatThrownBy(() -> as(supervisor, () -> teams.update(from.id(),
                new TeamChange("改名 " + current.name(), current.leadUserId(), Set.copyOf(current.memberIds()),
                        current.version())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAnEditOfAStaleVersion() {
        var team = team(null);
        asAdmin(() -> teams.update(team.id(), new TeamChange(team.name() + "a", null, Set.of(), team.version())));
        assertThatThrownBy(() -> asAdmin(() -> teams.update(team.id(),
                new TeamChange(team.name() + "b", null, Set.of(), team.version()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version");
    }
}
