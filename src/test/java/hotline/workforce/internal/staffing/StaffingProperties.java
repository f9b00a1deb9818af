package hotline.workforce.internal.staffing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws of the Erlang formulas that hold for every load, handle time and target. */
class StaffingProperties {

    @Property(tries = 300)
    void moreAgentsNeverLowerTheErlangCServiceLevel(@ForAll @IntRange(min = 1, max = 400) int agents,
                                                    @ForAll @DoubleRange(min = 0.001, max = 400) @Scale(4) double load,
                                                    @ForAll @DoubleRange(min = 10, max = 900) double aht,
                                                    @ForAll @DoubleRange(min = 0, max = 120) double target) {
        var fewer = Erlang.c(agents, load, aht, target);
        var more = Erlang.c(agents + 1, load, aht, target);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel() - 1e-12);
        assertThat(more.probabilityOfWaiting()).isLessThanOrEqualTo(fewer.probabilityOfWaiting() + 1e-12);
    }

    @Property(tries = 150)
    void moreAgentsNeverLowerTheErlangAServiceLevel(@ForAll @IntRange(min = 1, max = 200) int agents,
                                                    @ForAll @DoubleRange(min = 0.01, max = 250) double load,
                                                    @ForAll @DoubleRange(min = 30, max = 600) double aht,
                                                    @ForAll @DoubleRange(min = 5, max = 600) double patience,
                                                    @ForAll @DoubleRange(min = 0, max = 60) double target) {
        var fewer = Erlang.a(agents, load / aht, aht, patience, target);
        var more = Erlang.a(agents + 1, load / aht, aht, patience, target);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel() - 1e-9);
        assertThat(more.probabilityOfAbandon()).isLessThanOrEqualTo(fewer.probabilityOfAbandon() + 1e-9);
    }

    @Property(tries = 300)
    void erlangCStaffingIsTheFewestAgentsMeetingTheTarget(@ForAll @DoubleRange(min = 0.01, max = 600) double load,
                                                          @ForAll @DoubleRange(min = 10, max = 900) double aht,
                                                          @ForAll @DoubleRange(min = 0.5, max = 0.98) double level,
                                                          @ForAll @DoubleRange(min = 1, max = 60) double target) {
        var staffed = Staffing.erlangC(load, aht, StaffingTarget.serviceLevel(level, target));
        assertThat(staffed.serviceLevel()).isGreaterThanOrEqualTo(level);
        int fewer = staffed.agents() - 1;
        if (fewer > load) {
            assertThat(Erlang.c(fewer, load, aht, target).serviceLevel()).isLessThan(level);
        }
    }

    @Property(tries = 100)
    void erlangAStaffingIsTheFewestAgentsMeetingTheTarget(@ForAll @DoubleRange(min = 0.01, max = 200) double load,
                                                          @ForAll @DoubleRange(min = 30, max = 600) double aht,
                                                          @ForAll @DoubleRange(min = 10, max = 600) double patience,
                                                          @ForAll @DoubleRange(min = 0.5, max = 0.95) double level,
                                                          @ForAll @DoubleRange(min = 1, max = 60) double target) {
        var staffed = Staffing.erlangA(load / aht, aht, patience, StaffingTarget.serviceLevel(level, target));
        assertThat(staffed.serviceLevel()).isGreaterThanOrEqualTo(level);
        if (staffed.agents() > 1) {
            assertThat(Erlang.a(staffed.agents() - 1, load / aht, aht, patience, target).serviceLevel())
                    .isLessThan(level);
        }
    }

    @Property(tries = 100)
    void erlangCAgreesWithTheHighPrecisionReference(@ForAll @IntRange(min = 1, max = 300) int agents,
                                                    @ForAll @DoubleRange(min = 0.0001, max = 299) @Scale(5) double load) {
        assertThat(Erlang.erlangC(agents, load)).isCloseTo(ReferenceErlang.erlangC(agents, load),
                org.assertj.core.api.Assertions.within(1e-12));
    }
}
