package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.Collections;

/** Solver configuration and the lower bound the benchmark and the builder page compare against. */
public final class RosterSolving {

    private RosterSolving() {
    }

    /** Steps of about a second each that {@link RosterSearch} may take: an hour, beyond any budget a lead chooses. */
    static final int SEARCH_STEPS = 3_600;

    /**
     * Our own phase first ({@link RosterSearch}: construction by shortfall, then fast local search), Timefold's
     * local search after it should the search's steps run out. The termination is the caller's.
     */
    public static SolverConfig config(Duration spentLimit) {
        var search = new RosterSearch();
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(Collections.nCopies(SEARCH_STEPS, search)),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(spentLimit)
                        .withUnimprovedSpentLimit(Duration.ofSeconds(Math.max(5, spentLimit.toSeconds() / 4))));
    }

    /**
     * Under-coverage no schedule can avoid: per interval, the agents required beyond those who could work then at
     * all; over the horizon, the agent-intervals required beyond what all agents together may work within their
     * contracts (days off and weekly hours).
     * The larger of the two sums is a valid lower bound.
     */
    public static long lowerBound(Roster roster) {
        var horizon = roster.getHorizon();
        int slots = horizon.demand().length;
        int[] possible = new int[slots];
        for (var agent : roster.getAgents()) {
            boolean[] can = new boolean[slots];
            for (int day = 0; day < horizon.days(); day++) {
                if (agent.unavailableDays().contains(day)) {
                    continue;
                }
                for (var option : roster.getOptions()) {
                    if (agent.canWork(option)) {
                        for (var d : horizon.covered(day, option)) {
                            can[d.index()] = true;
                        }
                    }
                }
            }
            for (int i = 0; i < slots; i++) {
                possible[i] += can[i] ? 1 : 0;
            }
        }
        long perInterval = 0;
        for (var d : horizon.demand()) {
            perInterval += Math.max(0, d.required() - possible[d.index()]);
        }
        // Over the whole horizon (a night shift may run into the next week, so weeks are not separate).
        long required = 0;
        for (var d : horizon.demand()) {
            required += d.required();
        }
        int maxSlotsPerShift = roster.getOptions().stream()
                .mapToInt(o -> o.workingSlots(horizon.intervalMinutes()).length).max().orElse(0);
        double bestRate = roster.getOptions().stream()
                .mapToDouble(o -> (double) o.workingSlots(horizon.intervalMinutes()).length / Math.max(1, o.paidMinutes()))
                .max().orElse(0);
        long capacity = 0;
        for (int week = 0; week * 7 < horizon.days(); week++) {
            int daysInWeek = Math.min(7, horizon.days() - week * 7);
            for (var agent : roster.getAgents()) {
                int days = Math.min(daysInWeek, 7 - agent.contract().minDaysOffPerWeek());
                long byDays = (long) days * maxSlotsPerShift;
                long byHours = (long) Math.floor(agent.contract().minutesPerWeek() * bestRate);
                capacity += Math.min(byDays, byHours);
            }
        }
        long perWeek = Math.max(0, required - capacity);
        return Math.max(perInterval, perWeek);
    }
}
