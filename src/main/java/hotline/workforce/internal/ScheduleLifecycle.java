package hotline.workforce.internal;

import hotline.platform.ConflictException;
import hotline.workforce.Schedules.Status;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static hotline.workforce.Schedules.Status.DRAFT;
import static hotline.workforce.Schedules.Status.PUBLISHED;
import static hotline.workforce.Schedules.Status.SOLVED;
import static hotline.workforce.Schedules.Status.SOLVING;
import static hotline.workforce.Schedules.Status.WITHDRAWN;

/**
 * A schedule's lifecycle: a draft is solved (again and again if the lead wishes), then published; a published
 * schedule is only withdrawn, when a newer one for the same days is published. A solve that fails returns to draft.
 */
final class ScheduleLifecycle {

    static final Map<Status, Set<Status>> ALLOWED = new EnumMap<>(Map.of(
            DRAFT, EnumSet.of(SOLVING),
            SOLVING, EnumSet.of(SOLVED, DRAFT),
            SOLVED, EnumSet.of(SOLVING, PUBLISHED),
            PUBLISHED, EnumSet.of(WITHDRAWN),
            WITHDRAWN, EnumSet.noneOf(Status.class)));

    private ScheduleLifecycle() {
    }

    static boolean allows(Status from, Status to) {
        return ALLOWED.get(from).contains(to);
    }

    static void check(long id, Status from, Status to, String action) {
        if (!allows(from, to)) {
            throw ConflictException.illegalTransition("schedule", id, from, action);
        }
    }
}
