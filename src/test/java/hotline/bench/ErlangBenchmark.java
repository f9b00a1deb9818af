package hotline.bench;

import hotline.workforce.internal.staffing.ReferenceErlang;
import hotline.workforce.internal.staffing.Staffing;
import hotline.workforce.internal.staffing.StaffingTarget;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How fast and how exact is staffing? Not a test: a program run on demand (docs/performance.md, "Workforce").
 *
 * <p>Draws {@code -Dintervals=100000} 30-minute intervals with offered loads log-uniform from 0.01 to 5,000 Erlangs,
 * handle times of 60–600 s and patience of 30–600 s, then staffs every interval for 80 % in 20 s with Erlang C and
 * with Erlang A and prints the time of each pass. Agreement: for every {@code -Dsample=20}th interval, the 60-digit
 * reference of the tests ({@link ReferenceErlang}) must find the Erlang C answer {@code n} meeting the target and
 * {@code n − 1} missing it; the largest differences of P(wait) (Erlang C and A) and P(abandon) (Erlang A) from the
 * reference at the chosen {@code n} are printed.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=hotline.bench.ErlangBenchmark</pre>
 */
public final class ErlangBenchmark {

    public static void main(String[] args) {
        int count = Integer.getInteger("intervals", 100_000);
        int sample = Integer.getInteger("sample", 20);
        var random = new SplittableRandom(20260105);
        double[] load = new double[count];
        double[] aht = new double[count];
        double[] patience = new double[count];
        for (int i = 0; i < count; i++) {
            load[i] = Math.exp(Math.log(0.01) + random.nextDouble() * (Math.log(5000) - Math.log(0.01)));
            aht[i] = 60 + random.nextDouble() * 540;
            patience[i] = 30 + random.nextDouble() * 570;
        }
        var target = StaffingTarget.serviceLevel(0.8, 20);
        System.out.printf(Locale.ROOT, "%,d intervals, offered load 0.01–5,000 Erlangs (log-uniform), target 80 %% in 20 s, %d cores%n",
                count, Runtime.getRuntime().availableProcessors());

        // warm-up on a tenth, so the JIT compiles before the timed passes
        for (int i = 0; i < count / 10; i++) {
            Staffing.erlangC(load[i], aht[i], target);
            Staffing.erlangA(load[i] / aht[i], aht[i], patience[i], target);
        }

        int[] agentsC = new int[count];
        double[] waitC = new double[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var m = Staffing.erlangC(load[i], aht[i], target);
            agentsC[i] = m.agents();
            waitC[i] = m.probabilityOfWaiting();
        }
        double secondsC = (System.nanoTime() - start) / 1e9;

        int[] agentsA = new int[count];
        double[] waitA = new double[count];
        double[] abandonA = new double[count];
        start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var m = Staffing.erlangA(load[i] / aht[i], aht[i], patience[i], target);
            agentsA[i] = m.agents();
            waitA[i] = m.probabilityOfWaiting();
            abandonA[i] = m.probabilityOfAbandon();
        }
        double secondsA = (System.nanoTime() - start) / 1e9;
        long sumC = 0;
        long sumA = 0;
        for (int i = 0; i < count; i++) {
            sumC += agentsC[i];
            sumA += agentsA[i];
        }
        System.out.printf(Locale.ROOT, "Erlang C: %.2f s (%.1f µs per interval), %,d agents in all%n",
                secondsC, secondsC * 1e6 / count, sumC);
        System.out.printf(Locale.ROOT, "Erlang A: %.2f s (%.1f µs per interval), %,d agents in all (%.1f %% fewer)%n",
                secondsA, secondsA * 1e6 / count, sumA, 100.0 * (sumC - sumA) / sumC);

        int checked = 0;
        int disagreements = 0;
        double worstWaitC = 0;
        double worstWaitA = 0;
        double worstAbandonA = 0;
        start = System.nanoTime();
        for (int i = 0; i < count; i += sample) {
            int n = agentsC[i];
            boolean meets = ReferenceErlang.serviceLevelC(n, load[i], aht[i], 20) >= 0.8;
            boolean oneLessMisses = n - 1 <= load[i] || ReferenceErlang.serviceLevelC(n - 1, load[i], aht[i], 20) < 0.8;
            if (!meets || !oneLessMisses) {
                disagreements++;
                System.out.printf(Locale.ROOT, "  disagreement: load %.4f, aht %.1f: %d agents%n", load[i], aht[i], n);
            }
            worstWaitC = Math.max(worstWaitC, Math.abs(waitC[i] - ReferenceErlang.erlangC(n, load[i])));
            double[] reference = ReferenceErlang.waitAndAbandonA(agentsA[i], load[i] / aht[i], aht[i], patience[i]);
            worstWaitA = Math.max(worstWaitA, Math.abs(waitA[i] - reference[0]));
            worstAbandonA = Math.max(worstAbandonA, Math.abs(abandonA[i] - reference[1]));
            checked++;
        }
        double secondsReference = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "reference (60 digits) on %,d intervals in %.1f s: Erlang C agent count differs in %d;%n",
                checked, secondsReference, disagreements);
        System.out.printf(Locale.ROOT, "  largest |ΔP(wait)| Erlang C %.2e, Erlang A %.2e; largest |ΔP(abandon)| Erlang A %.2e%n",
                worstWaitC, worstWaitA, worstAbandonA);
    }
}
