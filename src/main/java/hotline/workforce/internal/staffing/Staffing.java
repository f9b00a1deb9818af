package hotline.workforce.internal.staffing;

/**
 * The fewest agents that meet a target. Erlang C walks the Erlang B recursion upwards once, testing each count on
 * the way (O(agents) per interval); Erlang A has no such recursion for its queue part, so it brackets the answer by
 * doubling and bisects, relying on the service level rising with every added agent (a property test checks it).
 */
public final class Staffing {

    static final int MAX_AGENTS = 2_000_000;

    private Staffing() {
    }

    public static QueueMetrics erlangC(double load, double ahtSeconds, StaffingTarget target) {
        if (load <= 0) {
            return new QueueMetrics(0, 1, 0, 0, 0, 0);
        }
        double b = 1;
        for (int n = 1; n <= MAX_AGENTS; n++) {
            b = load * b / (n + load * b);
            if (n > load) {
                var metrics = Erlang.cFromB(n, load, ahtSeconds, target.targetSeconds(), b);
                if (target.metBy(metrics)) {
                    return metrics;
                }
            }
        }
        throw new IllegalArgumentException("no staffing up to " + MAX_AGENTS + " agents meets " + target);
    }

    public static QueueMetrics erlangA(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
                                       StaffingTarget target) {
        if (arrivalsPerSecond <= 0) {
            return new QueueMetrics(0, 1, 0, 0, 0, 0);
        }
        int hi = Math.max(1, (int) Math.ceil(arrivalsPerSecond * ahtSeconds));
        QueueMetrics best = Erlang.a(hi, arrivalsPerSecond, ahtSeconds, patienceSeconds, target.targetSeconds());
        while (!target.metBy(best)) {
            if (hi >= MAX_AGENTS) {
                throw new IllegalArgumentException("no staffing up to " + MAX_AGENTS + " agents meets " + target);
            }
            hi = Math.min(MAX_AGENTS, hi * 2);
            best = Erlang.a(hi, arrivalsPerSecond, ahtSeconds, patienceSeconds, target.targetSeconds());
        }
        int lo = 0;   // invariant: lo does not meet the target (0 agents answer nobody), hi does
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            var metrics = Erlang.a(mid, arrivalsPerSecond, ahtSeconds, patienceSeconds, target.targetSeconds());
            if (target.metBy(metrics)) {
                hi = mid;
                best = metrics;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** Agents to put on the schedule so that {@code agents} remain after breaks, training and absence. */
    public static int scheduled(int agents, double shrinkage) {
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1): " + shrinkage);
        }
        return (int) Math.ceil(agents / (1 - shrinkage) - 1e-9);
    }
}
