package hotline.organization.internal;

import hotline.audit.AuditLog;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.NewTeam;
import hotline.organization.TeamChange;
import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional
@Validated
class TeamManagement implements Teams {

    private final TeamRepository teams;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    TeamManagement(TeamRepository teams, Users users, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TeamView> list() {
        return teams.findAll().stream().map(Team::view).sorted(Comparator.comparing(TeamView::name)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TeamView get(long id) {
        return load(id).view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamView> find(long id) {
        return teams.findById(id).map(Team::view);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public TeamView create(NewTeam team) {
        requireUniqueName(team.name(), null);
        requireLead(team.leadUserId());
        requireAgents(team.memberIds(), Set.of());
        var now = clock.instant();
        releaseFromOtherTeams(team.memberIds(), null);
        var created = teams.save(Team.form(team.name(), team.leadUserId(), team.memberIds(), now));
        audit.record("team", created.id, "create", "created team " + created.name, null, created.view());
        return created.view();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    public TeamView update(long id, TeamChange change) {
        var team = load(id);
        if (team.version() != change.version()) {
            throw ConflictException.staleVersion("team", id, change.version(), team.version());
        }
        var before = team.view();
        boolean renamed = !team.name.equals(change.name().strip()) || !Objects.equals(team.leadUserId, change.leadUserId());
        if (renamed) {
            if (!Access.has(Role.ADMIN)) {
                throw Access.denied("only administrators rename teams or name their leads");
            }
            requireUniqueName(change.name(), id);
            requireLead(change.leadUserId());
        }
        var current = team.memberIds();
        var added = new HashSet<>(change.memberIds());
        added.removeAll(current);
        if (!current.equals(change.memberIds())) {
            requireMayChangeMembers(team);
            requireAgents(added, Set.of());
            releaseFromOtherTeams(added, id);
        }
        var now = clock.instant();
        team.rename(change.name(), change.leadUserId(), now);
        team.setMembers(change.memberIds());
        var after = teams.save(team).view();
        audit.record("team", id, "update", "changed team " + after.name(), before, after);
        return after;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    public TeamView addMember(long teamId, long userId) {
        var team = load(teamId);
        if (team.memberIds().contains(userId)) {
            return team.view();
        }
        requireMayChangeMembers(team);
        requireAgents(Set.of(userId), Set.of());
        releaseFromOtherTeams(Set.of(userId), teamId);
        var before = team.view();
        team.add(userId, clock.instant());
        var after = teams.save(team).view();
        audit.record("team", teamId, "add-member", "added user " + userId + " to team " + after.name(), before, after);
        return after;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    public TeamView removeMember(long teamId, long userId) {
        var team = load(teamId);
        if (!team.memberIds().contains(userId)) {
            throw new NotFoundException("member of team " + team.name, userId);
        }
        requireMayChangeMembers(team);
        var before = team.view();
        team.remove(userId, clock.instant());
        var after = teams.save(team).view();
        audit.record("team", teamId, "remove-member", "removed user " + userId + " from team " + after.name(),
                before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamView> teamOf(long userId) {
        return teams.findByMember(userId).map(Team::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> teamIdOf(long userId) {
        return teams.findTeamIdByMember(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamView> ledBy(long userId) {
        return teams.findByLeadUserId(userId).stream().map(Team::view)
                .sorted(Comparator.comparing(TeamView::name)).toList();
    }

    /** Administrators and supervisors change any team's members; a lead only those of the teams they lead. */
    private void requireMayChangeMembers(Team team) {
        if (Access.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            return;
        }
        if (Access.has(Role.TEAM_LEAD) && team.ledBy(Access.actorId())) {
            return;
        }
        throw Access.denied("only the lead of team " + team.name + ", a supervisor or an administrator may change its members");
    }

    /** Takes agents out of the teams they are in now (other than {@code keep}), which the caller must be allowed to change. */
    private void releaseFromOtherTeams(Set<Long> userIds, Long keep) {
        var now = clock.instant();
        for (long userId : userIds) {
            var previous = teams.findByMember(userId);
            if (previous.isEmpty() || previous.get().id.equals(keep)) {
                continue;
            }
            var team = previous.get();
            requireMayChangeMembers(team);
            var before = team.view();
            team.remove(userId, now);
            var after = teams.save(team).view();
            audit.record("team", team.id, "remove-member", "moved user " + userId + " out of team " + team.name,
                    before, after);
        }
    }

    private void requireLead(Long leadUserId) {
        if (leadUserId == null) {
            return;
        }
        var lead = users.find(leadUserId).orElseThrow(() ->
                InvalidInputException.of("leadUserId", "Exists", "there is no user " + leadUserId));
        if (!lead.has(Role.TEAM_LEAD)) {
            throw InvalidInputException.of("leadUserId", "Role", lead.username() + " does not have the TEAM_LEAD role");
        }
        if (!lead.enabled()) {
            throw InvalidInputException.of("leadUserId", "Enabled", lead.username() + " is disabled");
        }
    }

    private void requireAgents(Set<Long> userIds, Set<Long> ignored) {
        if (userIds.isEmpty()) {
            return;
        }
        var found = users.byIds(userIds);
        var violations = new ArrayList<InvalidInputException.Violation>();
        for (long id : userIds) {
            if (ignored.contains(id)) {
                continue;
            }
            UserView user = found.get(id);
            if (user == null) {
                violations.add(new InvalidInputException.Violation("memberIds", "Exists", "there is no user " + id));
            } else if (!user.has(Role.AGENT)) {
                violations.add(new InvalidInputException.Violation("memberIds", "Role",
                        user.username() + " does not have the AGENT role"));
            } else if (!user.enabled()) {
                violations.add(new InvalidInputException.Violation("memberIds", "Enabled", user.username() + " is disabled"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void requireUniqueName(String name, Long self) {
        teams.findByName(name.strip()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ConflictException.duplicate("team", "name", name.strip());
        });
    }

    private Team load(long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
    }
}
