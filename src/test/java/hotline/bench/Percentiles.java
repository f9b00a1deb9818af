package hotline.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latency samples in nanoseconds, reported as percentiles in milliseconds. */
public final class Percentiles {

    private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

    public void add(long nanos) {
        samples.add(nanos);
    }

    public int count() {
        return samples.size();
    }

    public double millis(double percentile) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    public String summary() {
        return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)".formatted(millis(50), millis(95), millis(99), count());
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
