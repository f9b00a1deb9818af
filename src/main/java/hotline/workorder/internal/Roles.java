package hotline.workorder.internal;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.workorder.Action;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.platform.security.Role.AGENT;
import static hotline.platform.security.Role.DEPARTMENT;
import static hotline.platform.security.Role.MANAGER;
import static hotline.platform.security.Role.QA;
import static hotline.platform.security.Role.SUPERVISOR;
import static hotline.platform.security.Role.TEAM_LEAD;

/**
 * Which roles may take each action (who does what in the loop). Data scope comes on top: department actions need the
 * order to be with the person's department, and agents dispatch and edit only the orders they accepted.
 */
final class Roles {

    private static final Map<Action, Set<Role>> allowed = new EnumMap<>(Action.class);

    static {
        allow(Action.ACCEPT, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.DISPATCH, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.REDISPATCH, TEAM_LEAD, SUPERVISOR);
        allow(Action.SIGN_OFF, DEPARTMENT);
        allow(Action.START, DEPARTMENT);
        allow(Action.RETURN, DEPARTMENT);
        allow(Action.REPLY, DEPARTMENT);
        allow(Action.REQUEST_EXTENSION, DEPARTMENT);
        allow(Action.DECIDE_EXTENSION, SUPERVISOR, MANAGER);
        allow(Action.RESOLVE_ON_SPOT, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.CALLBACK, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.ARCHIVE, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.REOPEN, TEAM_LEAD, SUPERVISOR);
        allow(Action.ESCALATE, AGENT, TEAM_LEAD, DEPARTMENT);
        allow(Action.URGE, AGENT, TEAM_LEAD, SUPERVISOR, MANAGER);
        allow(Action.SUPERVISE, SUPERVISOR, MANAGER);
        allow(Action.EDIT, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.NOTE, AGENT, TEAM_LEAD, SUPERVISOR, MANAGER, QA, DEPARTMENT);
        allow(Action.LINK, AGENT, TEAM_LEAD, SUPERVISOR);
        allow(Action.MERGE, TEAM_LEAD, SUPERVISOR);
    }

    private Roles() {
    }

    private static void allow(Action action, Role... roles) {
        allowed.put(action, EnumSet.of(roles[0], roles));
    }

    static boolean may(Actor actor, Action action) {
        return allowed.getOrDefault(action, Set.of()).stream().anyMatch(actor::has);
    }

    /** Role and scope together, for one order. */
    static boolean may(Actor actor, Action action, WorkOrder order, Long actorDepartment) {
        if (!may(actor, action)) {
            return false;
        }
        boolean departmentAction = allowed.get(action).equals(EnumSet.of(DEPARTMENT));
        if (departmentAction) {
            return actorDepartment != null && actorDepartment.equals(order.departmentId);
        }
        boolean ownOnly = action == Action.DISPATCH || action == Action.EDIT || action == Action.RESOLVE_ON_SPOT;
        if (ownOnly && !actor.hasAny(TEAM_LEAD, SUPERVISOR)) {
            return order.acceptedBy == actor.id();
        }
        if (action == Action.ESCALATE && actor.has(DEPARTMENT) && !actor.hasAny(AGENT, TEAM_LEAD)) {
            return actorDepartment != null && actorDepartment.equals(order.departmentId);
        }
        return true;
    }

    /** Roles that see customers' full phone numbers on orders; the others see them masked. */
    static boolean seesPhoneNumbers(Actor actor) {
        return actor.hasAny(AGENT, TEAM_LEAD, SUPERVISOR, DEPARTMENT);
    }
}
