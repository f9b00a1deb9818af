package hotline.workforce.internal.staffing;

/**
 * Erlang B, C and A in numerically stable form: no factorials, no powers. Erlang B comes from its recursion
 * {@code B(n) = A·B(n−1) / (n + A·B(n−1))}, whose values stay in [0, 1] from tiny loads to thousands of Erlangs;
 * Erlang C follows from B; Erlang A (M/M/n+M, callers who abandon) sums the queue part of the birth–death chain in
 * log space and integrates the density of the offered wait (ADR 0041).
 *
 * <p>Units: rates per second, times in seconds. {@code load} is the offered load in Erlangs (arrival rate × AHT).
 */
public final class Erlang {

    private static final double NEGLIGIBLE_LOG = -45;   // e^-45 ≈ 3e-20: tail terms below this no longer count

    private Erlang() {
    }

    /** Blocking probability of the loss system with {@code n} servers. */
    public static double erlangB(int n, double load) {
        double b = 1;
        for (int k = 1; k <= n; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** Probability that a caller waits in M/M/n; 1 when the queue is unstable ({@code load >= n}). */
    public static double erlangC(int n, double load) {
        return erlangCFromB(n, load, erlangB(n, load));
    }

    static double erlangCFromB(int n, double load, double b) {
        if (load <= 0) {
            return 0;
        }
        if (n <= load) {
            return 1;
        }
        return n * b / (n - load * (1 - b));
    }

    /** Performance of M/M/n (Erlang C) for a service-level target of {@code targetSeconds}. */
    public static QueueMetrics c(int n, double load, double ahtSeconds, double targetSeconds) {
        return cFromB(n, load, ahtSeconds, targetSeconds, erlangB(n, load));
    }

    static QueueMetrics cFromB(int n, double load, double aht, double target, double b) {
        if (load <= 0) {
            return new QueueMetrics(n, 1, 0, 0, 0, 0);
        }
        if (n <= load) {
            return new QueueMetrics(n, 0, 1, Double.POSITIVE_INFINITY, 1, 0);
        }
        double pw = erlangCFromB(n, load, b);
        double sl = 1 - pw * Math.exp(-(n - load) * target / aht);
        double asa = pw * aht / (n - load);
        return new QueueMetrics(n, sl, pw, asa, load / n, 0);
    }

    /**
     * Performance of M/M/n+M (Erlang A): exponential patience with mean {@code patienceSeconds}. The service level is
     * the share of <em>offered</em> calls answered within the target (a caller who abandons counts as missed); the
     * average speed of answer is over answered calls.
     */
    public static QueueMetrics a(int n, double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
                                 double targetSeconds) {
        double lambda = arrivalsPerSecond;
        double load = lambda * ahtSeconds;
        if (lambda <= 0) {
            return new QueueMetrics(n, 1, 0, 0, 0, 0);
        }
        if (n <= 0) {
            return new QueueMetrics(0, 0, 1, 0, 0, 1);
        }
        double mu = 1 / ahtSeconds;
        double theta = 1 / patienceSeconds;
        double b = erlangB(n, load);
        if (b == 0) {
            // so many agents that the blocking probability underflows: nobody ever waits
            return new QueueMetrics(n, 1, 0, 0, load / n, 0);
        }
        // Queue part relative to π_n: T = Σ_j Π_{i≤j} λ/(nμ+iθ), S1 = Σ_j j·Π..., both in log space.
        double logT = Double.NEGATIVE_INFINITY;
        double logS1 = Double.NEGATIVE_INFINITY;
        double logTerm = 0;
        double max = 0;
        for (int j = 0; ; j++) {
            if (j > 0) {
                logTerm += Math.log(lambda / (n * mu + j * theta));
                logS1 = logAdd(logS1, Math.log(j) + logTerm);
            }
            logT = logAdd(logT, logTerm);
            max = Math.max(max, logTerm);
            boolean decreasing = lambda < n * mu + (j + 1) * theta;
            if (decreasing && logTerm < max + NEGLIGIBLE_LOG || j > 50_000_000) {
                break;
            }
        }
        // Normaliser relative to π_n: Σ_{k<n} π_k/π_n = 1/B − 1, plus the queue part T.
        double logD = logAdd(Math.log1p(-b) - Math.log(b), logT);
        double pWait = Math.exp(logT - logD);
        double meanQueue = Math.exp(logS1 - logD);
        double pAbandon = Math.min(1, theta * meanQueue / lambda);
        // Density of the offered (virtual) wait: f(x) = nμ/D · exp((λ/θ)(1−e^{−θx}) − nμx); answered iff patience > x.
        double nMu = n * mu;
        double logScale = Math.log(nMu) - logD;
        java.util.function.DoubleUnaryOperator answeredDensity = x ->
                Math.exp(logScale - lambda / theta * Math.expm1(-theta * x) - (nMu + theta) * x);
        double horizon = horizon(lambda, nMu + theta, theta, logScale);
        double answeredWithinTarget = Integration.gaussLegendre(answeredDensity, 0, Math.min(targetSeconds, horizon));
        double serviceLevel = Math.min(1, (1 - pWait) + answeredWithinTarget);
        double waitOfAnswered = Integration.gaussLegendre(x -> x * answeredDensity.applyAsDouble(x), 0, horizon);
        double answered = 1 - pAbandon;
        double asa = answered > 0 ? waitOfAnswered / answered : 0;
        double occupancy = Math.min(1, load * answered / n);
        return new QueueMetrics(n, serviceLevel, pWait, asa, occupancy, pAbandon);
    }

    /** Where the answered-wait density has fallen e^45 below its peak: the integrals stop there. */
    private static double horizon(double lambda, double decay, double theta, double logScale) {
        double peak = lambda > decay ? Math.log(lambda / decay) / theta : 0;
        java.util.function.DoubleUnaryOperator exponent = x -> logScale - lambda / theta * Math.expm1(-theta * x) - decay * x;
        double top = exponent.applyAsDouble(peak);
        double step = 1 / Math.max(decay - lambda * Math.exp(-theta * peak), theta);
        double x = peak + step;
        while (exponent.applyAsDouble(x) > top + NEGLIGIBLE_LOG && x < 1e9) {
            step *= 2;
            x = peak + step;
        }
        return x;
    }

    static double logAdd(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY) {
            return y;
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return x;
        }
        return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
    }
}
