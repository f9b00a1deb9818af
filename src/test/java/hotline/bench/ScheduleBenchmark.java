package hotline.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.AbstractSolver;
import hotline.workforce.internal.schedule.Agent;
import hotline.workforce.internal.schedule.Contract;
import hotline.workforce.internal.schedule.Horizon;
import hotline.workforce.internal.schedule.IntervalDemand;
import hotline.workforce.internal.schedule.Roster;
import hotline.workforce.internal.schedule.RosterSolving;
import hotline.workforce.internal.schedule.ShiftOption;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How good a schedule does the solver find for a large center, and how soon? Not a test: a program run on demand
 * (docs/performance.md, "Workforce").
 *
 * <p>{@code -Dagents=300} full-time agents (40 h, 11 h rest, at most 6 days in a row, 2 days off a week),
 * {@code -Dweeks=4} from a Monday, 30-minute intervals, 24 hours a day; shift templates early (06:00–08:00 start),
 * day (08:00–10:00), late (13:00–15:00) and night (22:00), 8 hours with a 30-minute meal and two 15-minute breaks.
 *
 * <p>The requirement is <em>planted</em> so that the lower bound is also the optimum: a hidden roster gives every
 * agent five 8-hour shifts a week (no night shift on the last day, so nothing is lost past the horizon), its coverage
 * becomes the requirement, and on weekdays 09:30–12:00 a surplus that no agent is left to cover is added. The hidden
 * roster uses the whole contract capacity, so the under-coverage no schedule can avoid is exactly that surplus: it is
 * {@link RosterSolving#lowerBound} (printed, and checked against the hidden roster's own under-coverage).
 *
 * <p>Solves for {@code -Dseconds=120} on one thread. Days may stay unassigned, so the empty schedule already breaks
 * no hard rule; the first feasible schedule worth the name is the one the construction by shortfall ends with (the
 * first step of the solver's search phase, ADR 0046), whose time and score are printed. Then the under-coverage at
 * 10, 30, 60, 120, 180 and 240 s (those within the run) and at the end,
 * next to the bound, and when it first came within 5 % of the bound. (Timefold's phase listener is internal API: fine
 * for a benchmark, not for the application.)
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=hotline.bench.ScheduleBenchmark</pre>
 */
public final class ScheduleBenchmark {

    record Template(String code, int earliest, int latest) {
    }

    static final List<Template> TEMPLATES = List.of(new Template("early", 360, 480), new Template("day", 480, 600),
            new Template("late", 780, 900), new Template("night", 1320, 1320));

    public static void main(String[] args) {
        int agentCount = Integer.getInteger("agents", 300);
        int weeks = Integer.getInteger("weeks", 4);
        int seconds = Integer.getInteger("seconds", 120);
        int surplus = Integer.getInteger("surplus", 6);
        int minutes = 30;
        int days = weeks * 7;
        int perDay = 1440 / minutes;
        var firstDay = LocalDate.of(2026, 3, 2);
        var random = new SplittableRandom(20260302);

        var options = new ArrayList<ShiftOption>();
        for (var t : TEMPLATES) {
            for (int start = t.earliest(); start <= t.latest(); start += 30) {
                options.add(ShiftOption.of(t.code(), start, 480, 30, 15, null));
            }
        }
        var agents = new ArrayList<Agent>();
        for (int i = 0; i < agentCount; i++) {
            agents.add(new Agent(i + 1, "agent" + (i + 1), Set.of(), Contract.FULL_TIME, Set.of(), Set.of(), i % 10 == 0));
        }

        // The hidden roster: a mix like a service hotline's (7 % nights, 30 % early, 37 % day, 26 % late), each agent
        // on one start time with two consecutive days off a week; night workers are off on Sundays.
        int[] required = new int[days * perDay];
        for (int i = 0; i < agentCount; i++) {
            double u = (double) i / agentCount;
            var template = u < 0.07 ? TEMPLATES.get(3) : u < 0.37 ? TEMPLATES.get(0) : u < 0.74 ? TEMPLATES.get(1) : TEMPLATES.get(2);
            int steps = (template.latest() - template.earliest()) / 30 + 1;
            var option = ShiftOption.of(template.code(), template.earliest() + 30 * random.nextInt(steps), 480, 30, 15, null);
            int firstOff = template.code().equals("night") ? 5 + random.nextInt(2) : random.nextInt(7);
            for (int day = 0; day < days; day++) {
                int weekday = day % 7;
                if (weekday == firstOff || weekday == (firstOff + 1) % 7) {
                    continue;
                }
                for (int slot : option.workingSlots(minutes)) {
                    if (day * perDay + slot < required.length) {
                        required[day * perDay + slot]++;
                    }
                }
            }
        }
        long planted = 0;
        for (int r : required) {
            planted += r;
        }
        long extra = 0;
        for (int day = 0; day < days; day++) {
            if (day % 7 < 5) {
                for (int slot = 19; slot < 24; slot++) {   // 09:30–12:00
                    required[day * perDay + slot] += surplus;
                    extra += surplus;
                }
            }
        }
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < required.length; i++) {
            demand.add(new IntervalDemand(i, required[i]));
        }
        var roster = new Roster(new Horizon(firstDay, days, minutes, demand), agents, options);
        long bound = RosterSolving.lowerBound(roster);
        System.out.printf(Locale.ROOT, "%d agents x %d weeks x %d-minute intervals: %d shift options, %d planning entities, "
                        + "%,d agent-intervals required (%,d planted + %,d surplus); lower bound %,d; %d cores%n",
                agentCount, weeks, minutes, options.size(), roster.getAssignments().size(), planted + extra, planted,
                extra, bound, Runtime.getRuntime().availableProcessors());

        // Days may stay unassigned, so even the empty schedule breaks no hard rule: "feasible" is measured when the
        // construction (the first step) has placed every shift that reduces the shortfall, breaking no hard rule.
        long started = System.currentTimeMillis();
        long[] constructedMillis = {-1};
        long[] withinFiveMillis = {-1};
        long[] checkpoints = {10_000, 30_000, 60_000, 120_000, 180_000, 240_000};
        long[] underAt = {-1, -1, -1, -1, -1, -1};
        var solver = SolverFactory.<Roster>create(RosterSolving.config(Duration.ofSeconds(seconds))).buildSolver();
        solver.addEventListener(event -> {
            var score = (HardMediumSoftScore) event.getNewBestScore();
            long at = event.getTimeMillisSpent();
            if (constructedMillis[0] >= 0 && withinFiveMillis[0] < 0 && score.hardScore() == 0
                    && -score.mediumScore() <= bound * 1.05) {
                withinFiveMillis[0] = at;
            }
            for (int c = 0; c < checkpoints.length; c++) {
                if (at <= checkpoints[c]) {
                    underAt[c] = score.hardScore() == 0 ? -score.mediumScore() : -1;
                }
            }
        });
        ((AbstractSolver<Roster>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<Roster> step) {
                if (constructedMillis[0] < 0) {
                    constructedMillis[0] = System.currentTimeMillis() - started;
                    Roster constructed = step.getPhaseScope().getSolverScope().getBestSolution();
                    System.out.printf(Locale.ROOT, "  construction done (first step) at %.1f s: %s, under-coverage %,d%n",
                            constructedMillis[0] / 1000.0, constructed.getScore(), constructed.underCoverage());
                }
            }
        });
        long start = System.nanoTime();
        var best = solver.solve(roster);
        double spent = (System.nanoTime() - start) / 1e9;
        long under = best.underCoverage();
        for (int c = 0; c < checkpoints.length; c++) {
            if (checkpoints[c] / 1000 <= spent) {
                System.out.printf(Locale.ROOT, "  best at %d s: under-coverage %s%n", checkpoints[c] / 1000,
                        underAt[c] < 0 ? "(none feasible)" : String.format(Locale.ROOT, "%,d", underAt[c]));
            }
        }
        System.out.printf(Locale.ROOT, "after %.1f s: score %s; under-coverage %,d agent-intervals, lower bound %,d "
                        + "(%+.1f %%, %.2f %% of the requirement); over-coverage %,d; within 5 %% of the bound: %s%n",
                spent, best.getScore(), under, bound, bound == 0 ? Double.NaN : 100.0 * (under - bound) / bound,
                100.0 * under / (planted + extra), best.overCoverage(), withinFiveMillis[0] < 0 ? "not reached"
                        : String.format(Locale.ROOT, "at %.1f s", withinFiveMillis[0] / 1000.0));
    }
}
