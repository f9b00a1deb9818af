package hotline.workforce.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import hotline.workforce.Schedules.Violation;
import hotline.workforce.internal.schedule.Roster;
import hotline.workforce.internal.schedule.RosterSolving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Solver jobs in progress: their best score so far for the builder page, stopping on request, and the explanation
 * of what a solution still breaks. Progress lives in memory on the node that solves; the schedule's status in the
 * database says it is solving.
 */
@Component
class ScheduleRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRuns.class);

    static final class Run {
        final Instant startedAt;
        final long lowerBound;
        volatile String bestScore = "";
        volatile long underCoverage = -1;
        volatile int improvements;
        volatile boolean solving = true;

        Run(Instant startedAt, long lowerBound) {
            this.startedAt = startedAt;
            this.lowerBound = lowerBound;
        }
    }

    private final SolverManager<Roster, Long> solverManager;
    private final SolutionManager<Roster, HardMediumSoftScore> solutionManager;
    private final Clock clock;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    ScheduleRuns(SolverManager<Roster, Long> solverManager,
                 SolutionManager<Roster, HardMediumSoftScore> solutionManager, Clock clock) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.clock = clock;
    }

    void start(long id, Roster problem, Duration limit, Consumer<Roster> onFinal, BiConsumer<Long, Throwable> onError) {
        var run = new Run(clock.instant(), RosterSolving.lowerBound(problem));
        runs.put(id, run);
        solverManager.solveBuilder()
                .withProblemId(id)
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(
                        RosterSolving.config(limit).getTerminationConfig()))
                .withBestSolutionConsumer(best -> {
                    run.bestScore = String.valueOf(best.getScore());
                    run.underCoverage = best.underCoverage();
                    run.improvements++;
                })
                .withFinalBestSolutionConsumer(best -> {
                    try {
                        run.bestScore = String.valueOf(best.getScore());
                        run.underCoverage = best.underCoverage();
                        onFinal.accept(best);
                    } finally {
                        run.solving = false;
                    }
                })
                .withExceptionHandler((problemId, error) -> {
                    run.solving = false;
                    log.warn("Solving schedule {} failed", problemId, error);
                    onError.accept(problemId, error);
                })
                .run();
    }

    void stop(long id) {
        solverManager.terminateEarly(id);
    }

    boolean solving(long id) {
        return solverManager.getSolverStatus(id) != SolverStatus.NOT_SOLVING;
    }

    Optional<Run> run(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** What the solution still breaks, worst level first, with a few examples of each constraint's matches. */
    List<Violation> explain(Roster solution, java.util.function.Function<Object, String> describe) {
        var explanation = solutionManager.explain(solution);
        var violations = new ArrayList<Violation>();
        for (var total : explanation.getConstraintMatchTotalMap().values()) {
            var score = total.getScore();
            String level = score.hardScore() != 0 ? "hard" : score.mediumScore() != 0 ? "medium" : "soft";
            long value = score.hardScore() != 0 ? score.hardScore()
                    : score.mediumScore() != 0 ? score.mediumScore() : score.softScore();
            if (value == 0) {
                continue;
            }
            var examples = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(m -> m.getScore()))
                    .limit(5)
                    .map(m -> String.join(", ", m.getIndictedObjectList().stream().map(describe).toList()))
                    .toList();
            violations.add(new Violation(total.getConstraintRef().constraintName(), level, value,
                    total.getConstraintMatchCount(), examples));
        }
        violations.sort(Comparator.comparing((Violation v) -> switch (v.level()) {
            case "hard" -> 0;
            case "medium" -> 1;
            default -> 2;
        }).thenComparingLong(Violation::score));
        return violations;
    }
}
