package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;

/**
 * The solver's own phase (ADR 0046): a greedy construction that places shifts where the shortfall is largest, then
 * late-acceptance local search on {@link RosterState}, which evaluates a move some hundred times faster than
 * constraint streams. It never accepts a move that breaks more hard rules. It runs as a custom phase of many steps of
 * 0.3 to 5 seconds: after each step the working solution holds the best schedule found, so the solver records it
 * (progress, stop with the best so far), and the search resumes where it was in the next step.
 */
final class RosterSearch implements PhaseCommand<Roster> {

    private static final Logger log = LoggerFactory.getLogger(RosterSearch.class);

    static final long MIN_SLICE_NANOS = 300_000_000L;
    static final long MAX_SLICE_NANOS = 5_000_000_000L;
    /**
     * Late acceptance over the last 100 steps at first: measured on the benchmark, 100 came within 5 % of the bound in
     * 0.6 million moves, 1,000 in 5 million, 5,000 in 24 million. A short history can stall on larger rosters (500
     * agents × 6 weeks stayed 2 % above the bound with 100), so whenever {@link #STALL} moves pass without less
     * under-coverage the search reheats and the history doubles, up to {@link #MAX_HISTORY} (ADR 0046).
     */
    static final int HISTORY = 100;
    static final int MAX_HISTORY = 12_800;
    static final long STALL = 3_000_000L;
    /** Under-coverage outweighs the soft change of nearly any move; the best schedule is kept in score order anyway. */
    static final long MEDIUM_WEIGHT = 1_000;

    /** Search state per solve, found again by the working solution (one per solver run). */
    private final Map<Roster, Search> searches = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> director, BooleanSupplier terminated) {
        var working = director.getWorkingSolution();
        var search = searches.get(working);
        if (search == null || !search.writtenIsIn(working)) {
            search = new Search(new RosterState(working));
            searches.put(working, search);
            RosterConstruction.fill(search.state);
            search.restart();
        } else {
            long from = search.tried;
            long started = System.nanoTime();
            long overhead = started - search.lastEnd;
            search.run(started + sliceNanos(overhead, started - search.startedAt), terminated);
            if (log.isDebugEnabled()) {
                log.debug("{} moves, {} moves/s, current {}hard/{}medium/{}soft, best {}hard/{}medium/{}soft",
                        search.tried, (search.tried - from) * 1_000_000_000L / Math.max(1, System.nanoTime() - started),
                        search.state.hardScore(), search.state.mediumScore(), search.state.softScore(),
                        search.bestHard, search.bestMedium, search.bestSoft);
            }
        }
        search.state.writeTo(search.best, director);
        search.written = search.best;
        search.lastEnd = System.nanoTime();
    }

    /**
     * Recording a step costs the solver time in proportion to the days changed (the constraint streams catch up):
     * steps last five times that, so it stays a small share, but at most a third of the time searched so far (early
     * progress shows at once) and at most five seconds.
     */
    static long sliceNanos(long overheadNanos, long searchedNanos) {
        long cap = Math.max(MIN_SLICE_NANOS, Math.min(MAX_SLICE_NANOS, searchedNanos / 3));
        return Math.max(MIN_SLICE_NANOS, Math.min(cap, 5 * overheadNanos));
    }

    static final class Search {
        final RosterState state;
        final SplittableRandom random = new SplittableRandom(46);
        final long[] history = new long[MAX_HISTORY];
        int historyLength = HISTORY;
        long progressAt;
        final int[] changeAgent = new int[64];
        final int[] changeDay = new int[64];
        final int[] changeOld = new int[64];
        final int[] changeNew = new int[64];
        final int[][] sameTemplate;
        int changes;
        long iteration;
        long tried;
        long lastEnd;
        final long startedAt = System.nanoTime();
        long current;
        int[][] best;
        int[][] written;
        long bestHard;
        long bestMedium;
        long bestSoft;
        boolean atBest;

        Search(RosterState state) {
            this.state = state;
            sameTemplate = new int[state.selectable][];
            for (int o = 0; o < state.selectable; o++) {
                sameTemplate[o] = state.optionsOfTemplate(o).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        void restart() {
            current = cost();
            Arrays.fill(history, current);
            best = state.copyRows();
            bestHard = state.hardScore();
            bestMedium = state.mediumScore();
            bestSoft = state.softScore();
            atBest = true;
        }

        long cost() {
            return state.mediumScore() * MEDIUM_WEIGHT + state.softScore();
        }

        boolean writtenIsIn(Roster working) {
            if (written == null) {
                return false;
            }
            for (int a = 0; a < state.agentCount; a++) {
                for (int d = 0; d < state.days; d++) {
                    var e = state.entity[a][d];
                    if (e != null && e.getShift() != (written[a][d] == RosterState.OFF ? null : state.options[written[a][d]])) {
                        return false;
                    }
                }
            }
            return true;
        }

        void run(long until, BooleanSupplier terminated) {
            while (System.nanoTime() < until && !terminated.getAsBoolean()) {
                for (int i = 0; i < 20_000; i++) {
                    step();
                }
            }
            if (atBest) {
                best = state.copyRows();
            }
        }

        void step() {
            tried++;
            changes = 0;
            if (!RosterMoves.pick(this)) {
                return;
            }
            var s = state;
            int a = changeAgent[0];
            int b = a;
            for (int i = 1; i < changes; i++) {
                if (changeAgent[i] != a) {
                    b = changeAgent[i];
                }
            }
            int oldHard = s.hard[a] + (b != a ? s.hard[b] : 0);
            int oldSoft = s.soft[a] + (b != a ? s.soft[b] : 0);
            apply();
            int newHardA = s.hardOf(a);
            int newHardB = b != a ? s.hardOf(b) : 0;
            int newHard = newHardA + newHardB;
            if (newHard > oldHard) {
                undo();
                return;
            }
            int newSoftA = s.softOf(a);
            int newSoftB = b != a ? s.softOf(b) : 0;
            long candidate = s.under * MEDIUM_WEIGHT + 2 * s.over + s.softOfAgents - oldSoft + newSoftA + newSoftB;
            if (tried - progressAt > STALL && historyLength < MAX_HISTORY) {
                // Stalled in a local optimum: reheat (accept detours up to about one shift's coverage above where we
                // are) and cool down more slowly this time.
                historyLength *= 2;
                Arrays.fill(history, 0, historyLength, current + MEDIUM_WEIGHT * Math.max(16, s.under / 50));
                progressAt = tried;
            }
            int v = (int) (iteration++ % historyLength);
            if (newHard < oldHard || candidate <= current || candidate <= history[v]) {
                long hardAfter = s.hardTotal - oldHard + newHard;
                long softAfter = 2 * s.over + s.softOfAgents - oldSoft + newSoftA + newSoftB;
                boolean better = hardAfter < bestHard || hardAfter == bestHard && (s.under < bestMedium
                        || s.under == bestMedium && softAfter < bestSoft);
                if (atBest && !better) {
                    undo();   // leaving the best: keep a copy of it first
                    best = s.copyRows();
                    atBest = false;
                    apply();
                }
                commit(a, newHardA, newSoftA);
                if (b != a) {
                    commit(b, newHardB, newSoftB);
                }
                current = candidate;
                if (better) {
                    if (hardAfter < bestHard || s.under < bestMedium) {
                        progressAt = tried;
                    }
                    bestHard = hardAfter;
                    bestMedium = s.under;
                    bestSoft = softAfter;
                    atBest = true;
                }
            } else {
                undo();
            }
            if (current < history[v]) {
                history[v] = current;
            }
        }

        private void commit(int agent, int hard, int soft) {
            state.hardTotal += hard - state.hard[agent];
            state.softOfAgents += soft - state.soft[agent];
            state.hard[agent] = hard;
            state.soft[agent] = soft;
        }

        /** Adds a change to the move being built; false when the day is pinned or the move too long. */
        boolean change(int agent, int day, int option) {
            if (state.pinned[agent][day] || changes == changeAgent.length) {
                return false;
            }
            changeAgent[changes] = agent;
            changeDay[changes] = day;
            changeNew[changes] = option;
            changes++;
            return true;
        }

        private void apply() {
            for (int i = 0; i < changes; i++) {
                changeOld[i] = state.row[changeAgent[i]][changeDay[i]];
                state.set(changeAgent[i], changeDay[i], changeNew[i]);
            }
        }

        private void undo() {
            for (int i = changes - 1; i >= 0; i--) {
                state.set(changeAgent[i], changeDay[i], changeOld[i]);
            }
        }
    }
}
