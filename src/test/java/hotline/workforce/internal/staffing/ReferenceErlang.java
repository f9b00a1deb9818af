package hotline.workforce.internal.staffing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An independent, slow, high-precision Erlang C and Erlang A: the textbook sums of the birth–death chain in 60-digit
 * decimal arithmetic, with no recursion shared with {@link Erlang}. Tests and the benchmark compare against it.
 */
public final class ReferenceErlang {

    private static final MathContext MC = new MathContext(60);

    private ReferenceErlang() {
    }

    /** Probability of waiting in M/M/n: (A^n/n!·n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n!·n/(n−A)). */
    public static double erlangC(int n, double load) {
        if (n <= load) {
            return 1;
        }
        BigDecimal a = new BigDecimal(load);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal below = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            below = below.add(term, MC);
            term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1), MC);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(n), MC).divide(BigDecimal.valueOf(n).subtract(a, MC), MC);
        return top.divide(below.add(top, MC), MC).doubleValue();
    }

    public static double serviceLevelC(int n, double load, double aht, double target) {
        return 1 - erlangC(n, load) * Math.exp(-(n - load) * target / aht);
    }

    /** Fewest agents meeting the service level, searched upwards with the reference formula. */
    public static int agentsC(double load, double aht, double serviceLevel, double target) {
        int n = (int) Math.floor(load) + 1;
        while (serviceLevelC(n, load, aht, target) < serviceLevel) {
            n++;
        }
        return n;
    }

    /** P(wait) and P(abandon) of M/M/n+M from the chain's stationary distribution, summed in 60 digits. */
    public static double[] waitAndAbandonA(int n, double lambda, double aht, double patience) {
        BigDecimal l = new BigDecimal(lambda);
        BigDecimal mu = BigDecimal.ONE.divide(new BigDecimal(aht), MC);
        BigDecimal theta = BigDecimal.ONE.divide(new BigDecimal(patience), MC);
        BigDecimal p = BigDecimal.ONE;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal queued = BigDecimal.ZERO;
        BigDecimal queueLength = BigDecimal.ZERO;
        BigDecimal tiny = new BigDecimal("1e-40");
        for (int k = 0; ; k++) {
            if (k > 0) {
                BigDecimal death = k <= n ? mu.multiply(BigDecimal.valueOf(k), MC)
                        : mu.multiply(BigDecimal.valueOf(n), MC).add(theta.multiply(BigDecimal.valueOf(k - n), MC), MC);
                p = p.multiply(l, MC).divide(death, MC);
            }
            total = total.add(p, MC);
            if (k >= n) {
                queued = queued.add(p, MC);
                queueLength = queueLength.add(p.multiply(BigDecimal.valueOf(k - n), MC), MC);
                if (k > n && p.compareTo(total.multiply(tiny, MC)) < 0) {
                    break;
                }
            }
        }
        double pWait = queued.divide(total, MC).doubleValue();
        double pAbandon = queueLength.divide(total, MC).multiply(theta, MC).divide(l, MC).doubleValue();
        return new double[]{pWait, pAbandon};
    }
}
