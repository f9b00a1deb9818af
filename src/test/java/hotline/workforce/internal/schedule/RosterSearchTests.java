package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule search phase (RosterSearch) through the whole solver: it reaches a planted optimum, keeps the rules. */
class RosterSearchTests {

    static Roster solve(Roster roster, Duration limit, String bestScoreLimit) {
        var config = RosterSolving.config(limit);
        if (bestScoreLimit != null) {
            config.setTerminationConfig(new TerminationConfig().withSpentLimit(limit).withBestScoreLimit(bestScoreLimit));
        }
        return SolverFactory.<Roster>create(config).buildSolver().solve(roster);
    }

    /**
     * 40 full-time agents, two weeks, a requirement that is the coverage of a hidden roster using every agent's whole
     * contract plus a surplus nobody is left for: the optimum is the lower bound, and the search must find it.
     */
    @Test
    void reachesThePlantedOptimum() {
        var random = new SplittableRandom(7);
        int days = 14;
        var options = new ArrayList<ShiftOption>();
        for (int start = 6 * 60; start <= 15 * 60; start += 60) {
            options.add(ShiftOption.of("day", start, 480, 30, 15, null));
        }
        options.add(ShiftOption.of("night", 22 * 60, 480, 30, 15, null));
        int[] required = new int[days * 48];
        for (int i = 0; i < 40; i++) {
            var option = i < 4 ? options.get(options.size() - 1) : options.get(random.nextInt(options.size() - 1));
            int firstOff = i < 4 ? 5 : random.nextInt(7);
            for (int day = 0; day < days; day++) {
                if (day % 7 != firstOff && day % 7 != (firstOff + 1) % 7) {
                    for (int slot : option.workingSlots(30)) {
                        required[day * 48 + slot]++;
                    }
                }
            }
        }
        for (int day = 0; day < 5; day++) {
            for (int slot = 20; slot < 24; slot++) {
                required[day * 48 + slot] += 2;
            }
        }
        var agents = new ArrayList<Agent>();
        for (int i = 0; i < 40; i++) {
            agents.add(new Agent(i + 1, "agent" + (i + 1), Set.of(), Contract.FULL_TIME, Set.of(), Set.of(), i % 10 == 0));
        }
        var roster = new Roster(new Horizon(LocalDate.of(2026, 3, 2), days, 30, demand(required)), agents, options);
        long bound = RosterSolving.lowerBound(roster);
        assertThat(bound).isEqualTo(5 * 4 * 2);

        var solved = solve(roster, Duration.ofSeconds(60), "0hard/-" + bound + "medium/-999999999soft");

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.underCoverage()).isEqualTo(bound).isEqualTo(-solved.getScore().mediumScore());
    }

    @Test
    void breaksNoHardRuleWithLeaveSkillsAndShortContracts() {
        for (long seed = 1; seed <= 5; seed++) {
            var roster = RosterStateProperties.randomRoster(new SplittableRandom(seed));
            roster.getAssignments().forEach(a -> a.setShift(null));

            var solved = solve(roster, Duration.ofSeconds(2), null);

            assertThat(solved.getScore().hardScore()).as("seed %d", seed).isZero();
            assertThat(RosterStateProperties.STREAMS.update(solved)).isEqualTo(solved.getScore());
        }
    }

    @Test
    void buildingAgainRemovesAShiftOnNewLeaveAndKeepsPinnedDays() {
        var day = ShiftOption.of("day", 9 * 60, 480, 30, 15, null);
        var required = new int[7 * 48];
        java.util.Arrays.fill(required, 1);
        var agents = List.of(
                new Agent(1, "on leave", Set.of(), Contract.FULL_TIME, Set.of(2), Set.of(), false),
                new Agent(2, "pinned", Set.of(), Contract.FULL_TIME, Set.of(), Set.of(), false));
        var roster = new Roster(new Horizon(LocalDate.of(2026, 3, 2), 7, 30, demand(required)), agents, List.of(day));
        var leave = roster.getAssignments().get(2);
        leave.setShift(day);
        var pinnedOff = roster.getAssignments().get(7 + 3);
        pinnedOff.setPinned(true);

        var solved = solve(roster, Duration.ofSeconds(2), null);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getAssignments().get(2).getShift()).isNull();
        assertThat(solved.getAssignments().get(7 + 3).getShift()).isNull();
        assertThat(solved.getAssignments().stream().filter(ShiftAssignment::isWorking).count()).isEqualTo(7);   // one a day: a second is surplus
    }

    static List<IntervalDemand> demand(int[] required) {
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < required.length; i++) {
            demand.add(new IntervalDemand(i, required[i]));
        }
        return demand;
    }
}
