package hotline.workforce.internal.schedule;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Each scheduling rule on its own, with Timefold's ConstraintVerifier. */
class RosterConstraintsTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final ShiftOption EARLY = ShiftOption.of("early", 7 * 60, 510, 30, 0, null);       // 07:00–15:30
    static final ShiftOption LATE = ShiftOption.of("late", 13 * 60, 510, 30, 0, null);        // 13:00–21:30
    static final ShiftOption NIGHT = ShiftOption.of("night", 21 * 60, 600, 60, 0, "night");   // 21:00–07:00

    final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, ShiftAssignment.class);

    static Horizon horizon(int days, int required) {
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < days * 48; i++) {
            demand.add(new IntervalDemand(i, required));
        }
        return new Horizon(MONDAY, days, 30, demand);
    }

    static Agent agent(long id, Set<Integer> unavailable) {
        return new Agent(id, "agent" + id, Set.of(), Contract.FULL_TIME, unavailable, Set.of(), false);
    }

    static ShiftAssignment on(Agent agent, int day, ShiftOption shift, Horizon horizon) {
        var a = new ShiftAssignment(agent, day, horizon);
        a.setShift(shift);
        return a;
    }

    @Test
    void workingOnLeaveIsPenalisedButADayOffIsNot() {
        var h = horizon(7, 0);
        var agent = agent(1, Set.of(2));
        verifier.verifyThat(RosterConstraints::unavailable)
                .given(on(agent, 2, EARLY, h), on(agent, 3, EARLY, h), on(agent, 2, null, h))
                .penalizesBy(1);
    }

    @Test
    void aNightShiftNeedsTheNightSkill() {
        var h = horizon(7, 0);
        var skilled = new Agent(2, "b", Set.of("night"), Contract.FULL_TIME, Set.of(), Set.of(), false);
        verifier.verifyThat(RosterConstraints::skill)
                .given(on(agent(1, Set.of()), 0, NIGHT, h), on(skilled, 0, NIGHT, h))
                .penalizesBy(1);
    }

    @Test
    void aLateShiftFollowedByAnEarlyOneBreaksElevenHoursOfRest() {
        var h = horizon(7, 0);
        var agent = agent(1, Set.of());
        // late ends 21:30, early starts 07:00: 9.5 h of rest, 1.5 h short = 3 half hours + 1
        verifier.verifyThat(RosterConstraints::rest)
                .given(on(agent, 0, LATE, h), on(agent, 1, EARLY, h))
                .penalizesBy(4);
        verifier.verifyThat(RosterConstraints::rest)
                .given(on(agent, 0, EARLY, h), on(agent, 1, LATE, h))
                .penalizesBy(0);
    }

    @Test
    void sevenDaysInARowBreakTheSixDayLimit() {
        var h = horizon(14, 0);
        var agent = agent(1, Set.of());
        var week = new ArrayList<ShiftAssignment>();
        for (int d = 3; d < 10; d++) {
            week.add(on(agent, d, EARLY, h));
        }
        verifier.verifyThat(RosterConstraints::consecutiveDays).given(week.toArray()).penalizesBy(1);
        week.remove(3);
        verifier.verifyThat(RosterConstraints::consecutiveDays).given(week.toArray()).penalizesBy(0);
    }

    @Test
    void sixShiftsInAWeekExceedFortyHoursAndTheDaysOffRule() {
        var h = horizon(7, 0);
        var agent = agent(1, Set.of());
        var shifts = new ArrayList<ShiftAssignment>();
        for (int d = 0; d < 6; d++) {
            shifts.add(on(agent, d, EARLY, h));   // 8 paid hours each: 48 h
        }
        verifier.verifyThat(RosterConstraints::weeklyHours).given(shifts.toArray()).penalizesBy(16);
        verifier.verifyThat(RosterConstraints::daysOff).given(shifts.toArray()).penalizesBy(1);
        shifts.remove(0);
        verifier.verifyThat(RosterConstraints::weeklyHours).given(shifts.toArray()).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::daysOff).given(shifts.toArray()).penalizesBy(0);
    }

    @Test
    void underCoverageCountsMissingAgentsInEveryIntervalIncludingUncoveredOnes() {
        var h = horizon(1, 1);
        var agent = agent(1, Set.of());
        var early = on(agent, 0, EARLY, h);
        int working = EARLY.workingSlots(30).length;   // 17 intervals less the meal
        var facts = new ArrayList<Object>(List.of(h.demand()));
        facts.add(early);
        verifier.verifyThat(RosterConstraints::underCoverage).given(facts.toArray()).penalizesBy(48 - working);
    }

    @Test
    void overCoverageCostsTwoPerSurplusAgentInterval() {
        var h = horizon(1, 1);
        var facts = new ArrayList<Object>(List.of(h.demand()));
        facts.add(on(agent(1, Set.of()), 0, EARLY, h));
        facts.add(on(agent(2, Set.of()), 0, LATE, h));
        // early and late overlap 13:00–15:30 = 5 intervals, less any pause that falls there
        int[] early = EARLY.workingSlots(30);
        int[] late = LATE.workingSlots(30);
        long overlap = java.util.Arrays.stream(early).filter(s -> java.util.Arrays.stream(late).anyMatch(t -> t == s)).count();
        verifier.verifyThat(RosterConstraints::overCoverage).given(facts.toArray()).penalizesBy((int) (2 * overlap));
    }

    @Test
    void nightsAndWeekendsAreFairestWhenSpread() {
        var h = horizon(7, 0);
        var skilled1 = new Agent(1, "a", Set.of("night"), Contract.FULL_TIME, Set.of(), Set.of(), false);
        var skilled2 = new Agent(2, "b", Set.of("night"), Contract.FULL_TIME, Set.of(), Set.of(), false);
        verifier.verifyThat(RosterConstraints::nightFairness)
                .given(on(skilled1, 0, NIGHT, h), on(skilled1, 2, NIGHT, h)).penalizesBy(4);
        verifier.verifyThat(RosterConstraints::nightFairness)
                .given(on(skilled1, 0, NIGHT, h), on(skilled2, 2, NIGHT, h)).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::weekendFairness)
                .given(on(skilled1, 5, EARLY, h), on(skilled1, 6, EARLY, h), on(skilled2, 4, EARLY, h)).penalizesBy(4);
    }

    @Test
    void preferencesAreSoftlyKept() {
        var h = horizon(7, 0);
        var agent = new Agent(1, "a", Set.of("night"), Contract.FULL_TIME, Set.of(), Set.of(4), true);
        verifier.verifyThat(RosterConstraints::preferences)
                .given(on(agent, 4, EARLY, h), on(agent, 1, NIGHT, h), on(agent, 2, EARLY, h))
                .penalizesBy(2);   // two matches; the constraint weighs each 3 soft points
    }

    @Test
    void missingContractHoursAreCountedPerHour() {
        var h = horizon(7, 0);
        var agent = agent(1, Set.of());
        verifier.verifyThat(RosterConstraints::hoursNotGiven)
                .given(on(agent, 0, EARLY, h), on(agent, 1, EARLY, h), on(agent, 2, EARLY, h))
                .penalizesBy(16);
    }
}
