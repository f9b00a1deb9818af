package hotline.quality.internal;

import hotline.platform.ConflictException;
import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationStatus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.quality.EvaluationStatus.ACKNOWLEDGED;
import static hotline.quality.EvaluationStatus.APPEALED;
import static hotline.quality.EvaluationStatus.ARBITRATED;
import static hotline.quality.EvaluationStatus.ASSIGNED;
import static hotline.quality.EvaluationStatus.CANCELLED;
import static hotline.quality.EvaluationStatus.CLOSED;
import static hotline.quality.EvaluationStatus.IN_PROGRESS;
import static hotline.quality.EvaluationStatus.SUBMITTED;

/**
 * The evaluation lifecycle in one table (ADR 0081): for each action, the statuses it may start from and the status it
 * leads to. ACKNOWLEDGED, ARBITRATED, CLOSED and CANCELLED are final; only arbitration changes a submitted score.
 */
final class Transitions {

    private static final Map<EvaluationAction, Map<EvaluationStatus, EvaluationStatus>> table =
            new EnumMap<>(EvaluationAction.class);

    static {
        move(EvaluationAction.SAVE, EnumSet.of(ASSIGNED, IN_PROGRESS), IN_PROGRESS);
        move(EvaluationAction.SUBMIT, EnumSet.of(ASSIGNED, IN_PROGRESS), SUBMITTED);
        move(EvaluationAction.ACKNOWLEDGE, EnumSet.of(SUBMITTED), ACKNOWLEDGED);
        move(EvaluationAction.APPEAL, EnumSet.of(SUBMITTED), APPEALED);
        move(EvaluationAction.ARBITRATE, EnumSet.of(APPEALED), ARBITRATED);
        move(EvaluationAction.CLOSE, EnumSet.of(SUBMITTED), CLOSED);
        move(EvaluationAction.REASSIGN, EnumSet.of(ASSIGNED, IN_PROGRESS), ASSIGNED);
        move(EvaluationAction.CANCEL, EnumSet.of(ASSIGNED, IN_PROGRESS), CANCELLED);
    }

    private Transitions() {
    }

    private static void move(EvaluationAction action, Set<EvaluationStatus> from, EvaluationStatus to) {
        var byStatus = new EnumMap<EvaluationStatus, EvaluationStatus>(EvaluationStatus.class);
        from.forEach(status -> byStatus.put(status, to));
        table.put(action, Collections.unmodifiableMap(byStatus));
    }

    static boolean allowed(EvaluationAction action, EvaluationStatus from) {
        return table.get(action).containsKey(from);
    }

    /** Where the action leads from here; 409 naming the action and the status when it may not start here. */
    static EvaluationStatus target(EvaluationAction action, EvaluationStatus from, long id) {
        var to = table.get(action).get(from);
        if (to == null) {
            throw ConflictException.illegalTransition("evaluation", id, from, action.path());
        }
        return to;
    }

    static Set<EvaluationAction> actionsIn(EvaluationStatus status) {
        var actions = EnumSet.noneOf(EvaluationAction.class);
        table.forEach((action, byStatus) -> {
            if (byStatus.containsKey(status)) {
                actions.add(action);
            }
        });
        return actions;
    }
}
