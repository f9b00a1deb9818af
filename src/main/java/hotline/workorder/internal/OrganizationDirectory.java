package hotline.workorder.internal;

import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Directory} on the organization and identity modules. */
@Component
class OrganizationDirectory implements Directory {

    private final Departments departments;
    private final Teams teams;
    private final Users users;

    OrganizationDirectory(Departments departments, Teams teams, Users users) {
        this.departments = departments;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public Optional<Department> department(long id) {
        return departments.find(id).map(d -> new Department(d.id(), d.name(), d.active()));
    }

    @Override
    public List<Department> departments() {
        return departments.listActive().stream().map(d -> new Department(d.id(), d.name(), d.active())).toList();
    }

    @Override
    public List<Long> staffOf(long departmentId) {
        return departments.staffOf(departmentId);
    }

    @Override
    public Optional<Long> departmentOf(long userId) {
        return departments.departmentOf(userId);
    }

    @Override
    public Optional<Long> teamOf(long userId) {
        return teams.teamIdOf(userId);
    }

    @Override
    public Optional<Long> leadOf(long teamId) {
        return teams.find(teamId).map(t -> t.leadUserId());
    }

    @Override
    public Set<Long> teamsLedBy(long userId) {
        return teams.ledBy(userId).stream().map(t -> t.id()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Long> usersWithRole(Role role) {
        // listing accounts is an administrator's right; here the system asks on behalf of the loop
        return SystemActor.call(() -> users.list(new UserQuery(null, role, true))).stream()
                .map(UserView::id).toList();
    }
}
