package hotline.workforce.internal.schedule;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a step of the schedule search lasts, given what recording the last one cost and the time searched. */
class SliceProperties {

    @Property
    void staysBetweenTheLimitsAndShortEarlyOn(@ForAll @LongRange(min = 0, max = 60_000_000_000L) long overhead,
                                              @ForAll @LongRange(min = 0, max = 3_600_000_000_000L) long searched) {
        long slice = RosterSearch.sliceNanos(overhead, searched);
        assertThat(slice).isBetween(RosterSearch.MIN_SLICE_NANOS, RosterSearch.MAX_SLICE_NANOS);
        assertThat(slice).isLessThanOrEqualTo(Math.max(RosterSearch.MIN_SLICE_NANOS, searched / 3));
        if (5 * overhead <= slice) {
            return;   // recording costs at most a fifth of the step, or the step is already at a limit
        }
        assertThat(slice).isIn(RosterSearch.MAX_SLICE_NANOS, Math.max(RosterSearch.MIN_SLICE_NANOS,
                Math.min(RosterSearch.MAX_SLICE_NANOS, searched / 3)));
    }
}
