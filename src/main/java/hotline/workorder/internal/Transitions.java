package hotline.workorder.internal;

import hotline.platform.ConflictException;
import hotline.workorder.Action;
import hotline.workorder.Status;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.workorder.Status.ACCEPTED;
import static hotline.workorder.Status.ARCHIVED;
import static hotline.workorder.Status.CALLED_BACK;
import static hotline.workorder.Status.DISPATCHED;
import static hotline.workorder.Status.IN_PROGRESS;
import static hotline.workorder.Status.REPLIED;
import static hotline.workorder.Status.RETURNED;
import static hotline.workorder.Status.SIGNED_OFF;

/**
 * The closed loop in one table: for each action, the statuses it may start from and the statuses it may lead to.
 * Where an action has several targets (resolving on the spot, a callback) the type's rules and the callback's outcome
 * choose; this table only says what is possible at all. Actions that do not move the order (urge, escalate, note …)
 * lead back to the status they started from.
 */
final class Transitions {

    private static final Map<Action, Map<Status, Set<Status>>> table = new EnumMap<>(Action.class);
    private static final Set<Status> OPEN = EnumSet.complementOf(EnumSet.of(ARCHIVED));
    private static final Set<Status> WITH_DEPARTMENT = EnumSet.of(DISPATCHED, SIGNED_OFF, IN_PROGRESS);

    static {
        move(Action.DISPATCH, EnumSet.of(ACCEPTED, RETURNED), DISPATCHED);
        move(Action.REDISPATCH, WITH_DEPARTMENT, DISPATCHED);
        move(Action.SIGN_OFF, EnumSet.of(DISPATCHED), SIGNED_OFF);
        move(Action.START, EnumSet.of(SIGNED_OFF), IN_PROGRESS);
        move(Action.RETURN, WITH_DEPARTMENT, RETURNED);
        move(Action.REPLY, EnumSet.of(SIGNED_OFF, IN_PROGRESS), REPLIED);
        move(Action.RESOLVE_ON_SPOT, EnumSet.of(ACCEPTED), REPLIED, ARCHIVED);
        move(Action.CALLBACK, EnumSet.of(REPLIED), CALLED_BACK, REPLIED, ARCHIVED);
        move(Action.REOPEN, EnumSet.of(REPLIED, CALLED_BACK), DISPATCHED, ACCEPTED);
        move(Action.ARCHIVE, EnumSet.of(CALLED_BACK, REPLIED), ARCHIVED);
        move(Action.MERGE, OPEN, ARCHIVED);
        stay(Action.ESCALATE, OPEN);
        stay(Action.URGE, OPEN);
        stay(Action.SUPERVISE, OPEN);
        stay(Action.NOTE, OPEN);
        stay(Action.LINK, OPEN);
        stay(Action.REQUEST_EXTENSION, WITH_DEPARTMENT);
        stay(Action.DECIDE_EXTENSION, WITH_DEPARTMENT);
        stay(Action.EDIT, EnumSet.of(ACCEPTED, RETURNED));
    }

    private Transitions() {
    }

    private static void move(Action action, Set<Status> from, Status... to) {
        var targets = Collections.unmodifiableSet(EnumSet.of(to[0], to));
        var byStatus = new EnumMap<Status, Set<Status>>(Status.class);
        from.forEach(status -> byStatus.put(status, targets));
        table.put(action, byStatus);
    }

    private static void stay(Action action, Set<Status> in) {
        var byStatus = new EnumMap<Status, Set<Status>>(Status.class);
        in.forEach(status -> byStatus.put(status, Set.of(status)));
        table.put(action, byStatus);
    }

    static boolean allowed(Action action, Status from) {
        return table.getOrDefault(action, Map.of()).containsKey(from);
    }

    static Set<Status> targets(Action action, Status from) {
        return table.getOrDefault(action, Map.of()).getOrDefault(from, Set.of());
    }

    /** Refuses an action the status does not allow, naming both: "cannot sign-off: work order GD… is ARCHIVED". */
    static void check(Action action, Status from, String number) {
        if (!allowed(action, from)) {
            throw ConflictException.illegalTransition("work order", number, from, action.path());
        }
    }

    /** Refuses a move to a status the action cannot lead to from here (a programming error, not user input). */
    static void checkTarget(Action action, Status from, Status to) {
        if (!targets(action, from).contains(to)) {
            throw new IllegalStateException(action + " cannot lead from " + from + " to " + to);
        }
    }

    /** The actions possible in a status, for the buttons a page shows. */
    static Set<Action> actionsIn(Status status) {
        var actions = EnumSet.noneOf(Action.class);
        table.forEach((action, byStatus) -> {
            if (byStatus.containsKey(status)) {
                actions.add(action);
            }
        });
        return actions;
    }
}
