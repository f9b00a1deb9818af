package hotline.workorder.internal;

import hotline.workorder.TimeLimit;

import java.time.Instant;

/**
 * The calendar arithmetic deadlines need: where a time limit ends, and where a fraction of a window lies (for the
 * warnings at 50 %, 75 %, 90 %). Working-time limits follow the center's business calendar.
 */
interface WorkingCalendar {

    Instant deadline(Instant start, TimeLimit limit);

    /** The instant when {@code percent} of the window from {@code start} to {@code due} has elapsed. */
    Instant fraction(Instant start, Instant due, boolean workingTime, int percent);
}
