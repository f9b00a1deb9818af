package hotline.incident.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The arithmetic of hot-issue detection, free of storage so it can be tested whole. Contacts are counted per category,
 * area and interval; the expected level is an exponentially weighted moving average (EWMA) of past intervals, empty
 * intervals counting as zero; an interval is hot when its count reaches the Poisson control limit of that level (the
 * smallest count that a Poisson process at the expected rate reaches with probability at most {@code falseAlarm})
 * and a minimum that keeps single callers from raising alarms on quiet topics.
 */
record HotIssueDetector(Duration interval, double alpha, double falseAlarm, int minimumCount, double floor) {

    HotIssueDetector {
        if (interval.isNegative() || interval.isZero() || alpha <= 0 || alpha > 1 || falseAlarm <= 0 || falseAlarm >= 1
                || minimumCount < 1 || floor <= 0) {
            throw new IllegalArgumentException("invalid hot-issue settings");
        }
    }

    static HotIssueDetector defaults() {
        return new HotIssueDetector(Duration.ofMinutes(15), 0.3, 0.001, 5, 0.5);
    }

    /** The start of the interval an instant falls in (intervals are aligned to the epoch, so to whole hours). */
    Instant bucket(Instant at) {
        long size = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
    }

    /**
     * The expected level after the interval that held {@code lastCount} closed and {@code emptyIntervals} more passed
     * without any contact.
     */
    double roll(double mean, int lastCount, long emptyIntervals) {
        double next = alpha * lastCount + (1 - alpha) * mean;
        return next * Math.pow(1 - alpha, Math.max(0, emptyIntervals));
    }

    /** The number of whole intervals from one bucket start to a later one. */
    long intervalsBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / interval.toMillis();
    }

    int limit(double expected) {
        return Math.max(minimumCount, poissonLimit(Math.max(expected, floor), falseAlarm));
    }

    boolean hot(int count, double expected) {
        return count >= limit(expected);
    }

    /** The smallest c with P(X ≥ c) ≤ p for X ~ Poisson(λ), summed in log space so large λ does not underflow. */
    static int poissonLimit(double lambda, double p) {
        double cdf = 0;
        double logFactorial = 0;
        double logLambda = Math.log(lambda);
        int max = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
        for (int k = 0; k <= max; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            cdf += Math.exp(-lambda + k * logLambda - logFactorial);
            if (1 - cdf <= p) {
                return k + 1;
            }
        }
        return max + 1;
    }
}
