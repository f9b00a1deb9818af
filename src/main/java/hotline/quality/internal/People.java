package hotline.quality.internal;

import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.security.Role;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is who for quality: names, teams and their leads, the inspectors (enabled accounts with the QA role). */
@Component
class People {

    private final Users users;
    private final Teams teams;

    People(Users users, Teams teams) {
        this.users = users;
        this.teams = teams;
    }

    String name(Long userId) {
        if (userId == null) {
            return null;
        }
        return users.find(userId).map(UserView::displayName).orElse("#" + userId);
    }

    Optional<TeamView> teamOf(Long agentId) {
        return agentId == null ? Optional.empty() : teams.teamOf(agentId);
    }

    /** The agents of the teams a person leads. */
    Set<Long> membersLedBy(long leadId) {
        return teams.ledBy(leadId).stream().flatMap(t -> t.memberIds().stream()).collect(Collectors.toSet());
    }

    Set<Long> teamsLedBy(long leadId) {
        return teams.ledBy(leadId).stream().map(TeamView::id).collect(Collectors.toSet());
    }

    List<TeamView> teams() {
        return teams.list();
    }

    List<UserView> inspectors() {
        return users.list(new UserQuery(null, Role.QA, true));
    }

    List<UserView> supervisors() {
        return users.list(new UserQuery(null, Role.SUPERVISOR, true));
    }

    List<UserView> agents() {
        return users.list(new UserQuery(null, Role.AGENT, true));
    }
}
