package hotline.workforce.internal.staffing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A discrete-event simulation of the same queue — Poisson arrivals, exponential handle times and patience, first come
 * first served to {@code agents} agents — agrees with the formulas.
 *
 * <p>Tolerance: the run is cut into 20 batches after a warm-up; the batch means are nearly independent, so their
 * standard error estimates the simulation's own noise. A formula value within 4 standard errors (plus 0.002 for the
 * batch means' remaining correlation) is agreement; a wrong formula (say, Erlang C used where callers abandon, or a
 * service level off by one agent) misses by ten standard errors or more. The seed is fixed, so the test is repeatable.
 */
class QueueSimulationTests {

    private static final int BATCHES = 20;

    record Estimate(double mean, double standardError) {
    }

    record Run(Estimate serviceLevel, Estimate waiting, Estimate abandon, Estimate asa) {
    }

    @ParameterizedTest(name = "{0} agents, {1} Erlangs, AHT {2}s, patience {3}s")
    @CsvSource({"13, 10, 180, 0", "108, 100, 180, 0", "10, 10, 180, 120", "48, 50, 240, 60", "230, 220, 300, 400"})
    void simulationAgreesWithTheFormulas(int agents, double load, double aht, double patience) {
        double lambda = load / aht;
        double target = 20;
        var run = simulate(agents, lambda, aht, patience, target, 300_000, 42);
        QueueMetrics formula = patience == 0 ? Erlang.c(agents, load, aht, target)
                : Erlang.a(agents, lambda, aht, patience, target);
        assertAgrees("service level", run.serviceLevel(), formula.serviceLevel());
        assertAgrees("probability of waiting", run.waiting(), formula.probabilityOfWaiting());
        assertAgrees("probability of abandoning", run.abandon(), formula.probabilityOfAbandon());
        double asaScale = Math.max(1, formula.averageSpeedOfAnswerSeconds());
        assertThat(Math.abs(run.asa().mean() - formula.averageSpeedOfAnswerSeconds()))
                .as("ASA: simulated %s, formula %s", run.asa(), formula.averageSpeedOfAnswerSeconds())
                .isLessThanOrEqualTo(4 * run.asa().standardError() + 0.002 * asaScale);
    }

    private static void assertAgrees(String what, Estimate simulated, double formula) {
        assertThat(simulated.mean()).as("%s: simulated %s, formula %s", what, simulated, formula)
                .isCloseTo(formula, within(4 * simulated.standardError() + 0.002));
    }

    /**
     * FCFS multi-server queue with reneging: each caller in arrival order takes the earliest server to come free; if
     * that moment lies beyond their patience they hang up and the server stays free for the next caller.
     */
    static Run simulate(int agents, double lambda, double aht, double patience, double target, int calls, long seed) {
        var random = new SplittableRandom(seed);
        var free = new PriorityQueue<Double>();
        for (int i = 0; i < agents; i++) {
            free.add(0.0);
        }
        int warmUp = calls / 20;
        int perBatch = (calls - warmUp) / BATCHES;
        double[][] sums = new double[4][BATCHES];
        int[] answered = new int[BATCHES];
        double now = 0;
        for (int i = 0; i < warmUp + perBatch * BATCHES; i++) {
            now += exponential(random, 1 / lambda);
            double service = exponential(random, aht);
            double patienceDraw = patience == 0 ? Double.POSITIVE_INFINITY : exponential(random, patience);
            double serverFree = free.peek();
            double wait = Math.max(0, serverFree - now);
            boolean served = wait <= patienceDraw;
            if (served) {
                free.poll();
                free.add(now + wait + service);
            }
            if (i < warmUp) {
                continue;
            }
            int batch = (i - warmUp) / perBatch;
            sums[0][batch] += served && wait <= target ? 1 : 0;
            sums[1][batch] += wait > 0 ? 1 : 0;
            sums[2][batch] += served ? 0 : 1;
            if (served) {
                sums[3][batch] += wait;
                answered[batch]++;
            }
        }
        double[][] means = new double[4][BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            for (int k = 0; k < 3; k++) {
                means[k][b] = sums[k][b] / perBatch;
            }
            means[3][b] = sums[3][b] / answered[b];
        }
        return new Run(estimate(means[0]), estimate(means[1]), estimate(means[2]), estimate(means[3]));
    }

    private static Estimate estimate(double[] batchMeans) {
        double mean = 0;
        for (double m : batchMeans) {
            mean += m / batchMeans.length;
        }
        double variance = 0;
        for (double m : batchMeans) {
            variance += (m - mean) * (m - mean) / (batchMeans.length - 1);
        }
        return new Estimate(mean, Math.sqrt(variance / batchMeans.length));
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
