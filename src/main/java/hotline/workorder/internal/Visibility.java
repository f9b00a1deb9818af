package hotline.workorder.internal;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who sees which work orders (data scope), as one rule used for single orders and, as SQL, for lists.
 *
 * <ul>
 *   <li>Agents see the orders they accepted; searching by a customer, they also see that customer's ordinary
 *       orders (a caller asks about an earlier request).</li>
 *   <li>Department staff see the orders their department holds or held last.</li>
 *   <li>Team leads see their team's orders and every ordinary order.</li>
 *   <li>Supervisors, managers and quality inspectors see every ordinary order.</li>
 *   <li>Confidential orders only by whom they concern: the accepting agent, the department holding it, the lead of the
 *       accepting agent's team, and supervisors or managers once it was escalated to a supervisor.</li>
 * </ul>
 * Administrators manage the configuration but see no orders.
 */
final class Visibility {

    record Scope(Actor actor, Long departmentId, Set<Long> ledTeams) {
    }

    private Visibility() {
    }

    static boolean canSee(WorkOrder o, Scope scope, boolean searchingByCustomer) {
        Actor a = scope.actor();
        if (o.acceptedBy == a.id()) {
            return true;
        }
        if (a.has(Role.DEPARTMENT) && scope.departmentId() != null && scope.departmentId().equals(o.departmentId)) {
            return true;
        }
        if (a.has(Role.TEAM_LEAD) && o.acceptedTeamId != null && scope.ledTeams().contains(o.acceptedTeamId)) {
            return true;
        }
        if (o.confidential) {
            return a.hasAny(Role.SUPERVISOR, Role.MANAGER) && o.escalatedTo == Role.SUPERVISOR;
        }
        return a.hasAny(Role.TEAM_LEAD, Role.SUPERVISOR, Role.MANAGER, Role.QA)
                || (a.has(Role.AGENT) && searchingByCustomer);
    }

    /** The same rule as a SQL condition on {@code w}, with its parameters appended to {@code params}. */
    static String sql(Scope scope, boolean searchingByCustomer, List<Object> params) {
        Actor a = scope.actor();
        var any = new ArrayList<String>();
        any.add("w.accepted_by = ?");
        params.add(a.id());
        if (a.has(Role.DEPARTMENT) && scope.departmentId() != null) {
            any.add("w.department_id = ?");
            params.add(scope.departmentId());
        }
        if (a.has(Role.TEAM_LEAD) && !scope.ledTeams().isEmpty()) {
            any.add("w.accepted_team_id = any(?)");
            params.add(scope.ledTeams().toArray(Long[]::new));
        }
        if (a.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            any.add("(w.confidential and w.escalated_to = 'SUPERVISOR')");
        }
        if (a.hasAny(Role.TEAM_LEAD, Role.SUPERVISOR, Role.MANAGER, Role.QA) || (a.has(Role.AGENT) && searchingByCustomer)) {
            any.add("not w.confidential");
        }
        return "(" + String.join(" or ", any) + ")";
    }
}
