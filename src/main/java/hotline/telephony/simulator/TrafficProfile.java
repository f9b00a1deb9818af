package hotline.telephony.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What the simulated callers do. Arrivals are a non-homogeneous Poisson process whose rate is constant within each
 * interval of the local day (the i-th entry of {@code callsPerHour} for the i-th interval in {@code zone}). Each caller picks a called
 * number and IVR menu digits by weight, waits at most its patience (then abandons), and once connected talks for its
 * handle time, after which it hangs up itself ({@code callerHangupShare}) or the agent's side does.
 *
 * @param callerNumbers where callers call from; null: random mobile numbers from the simulation's generator
 */
public record TrafficProfile(ZoneId zone, Duration interval, List<Double> callsPerHour, Distribution handleTime,
                             Distribution patience, Distribution thinkTime, double callerHangupShare,
                             Supplier<String> callerNumbers, Map<String, Double> calledNumbers,
                             Map<String, Double> menuChoices, String trunk) {

    private static final long DAY_SECONDS = 24 * 3600;

    public TrafficProfile {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(handleTime, "handleTime");
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(thinkTime, "thinkTime");
        Objects.requireNonNull(trunk, "trunk");
        callsPerHour = List.copyOf(callsPerHour);
        if (interval.isNegative() || interval.isZero() || DAY_SECONDS % interval.toSeconds() != 0
                || interval.toNanos() % 1_000_000_000L != 0
                || callsPerHour.size() * interval.toSeconds() != DAY_SECONDS) {
            throw new IllegalArgumentException("callsPerHour must cover the day in whole-second intervals: "
                    + callsPerHour.size() + " × " + interval);
        }
        if (callsPerHour.stream().anyMatch(rate -> !(rate >= 0) || rate.isInfinite())) {
            throw new IllegalArgumentException("rates must be finite and not negative: " + callsPerHour);
        }
        if (callerHangupShare < 0 || callerHangupShare > 1) {
            throw new IllegalArgumentException("callerHangupShare must be in [0, 1], got " + callerHangupShare);
        }
        calledNumbers = weights(calledNumbers, "calledNumbers");
        menuChoices = weights(menuChoices, "menuChoices");
    }

    private static Map<String, Double> weights(Map<String, Double> weights, String name) {
        var sorted = new TreeMap<>(weights);    // sorted: the same draw picks the same entry on every run
        if (sorted.isEmpty() || sorted.values().stream().anyMatch(w -> !(w >= 0))
                || sorted.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException(name + " needs weights that are not negative and not all zero");
        }
        return Collections.unmodifiableMap(sorted);
    }

    /** The arrival rate at {@code instant}, in calls per second. */
    public double ratePerSecond(Instant instant) {
        return callsPerHour.get(intervalIndex(instant)) / 3600.0;
    }

    int intervalIndex(Instant instant) {
        var local = instant.atZone(zone);
        long second = local.toLocalTime().toSecondOfDay();
        return (int) Math.min(callsPerHour.size() - 1, second / interval.toSeconds());
    }

    /** When the interval holding {@code instant} ends (always after {@code instant}). */
    public Instant intervalEnd(Instant instant) {
        var local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        long index = local.toLocalTime().toSecondOfDay() / interval.toSeconds();
        Instant end = ZonedDateTime.of(day.atStartOfDay(), zone).plusSeconds((index + 1) * interval.toSeconds())
                .toInstant();
        return end.isAfter(instant) ? end : instant.plusSeconds(1);
    }

    /** The expected number of arrivals from {@code from} (inclusive) to {@code to} (exclusive): the integral of the rate. */
    public double expectedCalls(Instant from, Instant to) {
        double expected = 0;
        for (Instant t = from; t.isBefore(to); ) {
            Instant end = intervalEnd(t);
            Instant until = end.isBefore(to) ? end : to;
            expected += ratePerSecond(t) * Duration.between(t, until).toNanos() / 1e9;
            t = until;
        }
        return expected;
    }

    static <T> T pick(Map<T, Double> weights, RandomGenerator random) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double draw = random.nextDouble() * total;
        T last = null;
        for (var entry : weights.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            last = entry.getKey();
            draw -= entry.getValue();
            if (draw < 0) {
                return last;
            }
        }
        return last;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: flat 120 calls an hour in Asia/Shanghai, a utility's 95598 line with a four-choice menu. */
    public static final class Builder {
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Duration interval = Duration.ofMinutes(30);
        private List<Double> callsPerHour = rates(DayCurve.FLAT.callsPerHour(interval, 120, 120));
        private Distribution handleTime = Distribution.lognormal(Duration.ofSeconds(240), Duration.ofSeconds(150));
        private Distribution patience = Distribution.exponential(Duration.ofSeconds(90));
        private Distribution thinkTime = Distribution.lognormal(Duration.ofSeconds(3), Duration.ofMillis(1500));
        private double callerHangupShare = 0.6;
        private Supplier<String> callerNumbers;
        private Map<String, Double> calledNumbers = Map.of("95598", 1.0);
        private Map<String, Double> menuChoices = Map.of("1", 0.40, "2", 0.30, "3", 0.10, "0", 0.15, "9", 0.05);
        private String trunk = SimulatedEngine.TRUNK;

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** The same rate all day. */
        public Builder constantRate(double callsPerHour) {
            return curve(DayCurve.FLAT, interval, callsPerHour, callsPerHour);
        }

        /** Rates from a day curve between {@code minPerHour} (weight 0) and {@code maxPerHour} (the peak). */
        public Builder curve(DayCurve curve, Duration interval, double minPerHour, double maxPerHour) {
            return rates(interval, rates(curve.callsPerHour(interval, minPerHour, maxPerHour)));
        }

        public Builder rates(Duration interval, List<Double> callsPerHour) {
            this.interval = interval;
            this.callsPerHour = callsPerHour;
            return this;
        }

        public Builder handleTime(Distribution handleTime) {
            this.handleTime = handleTime;
            return this;
        }

        public Builder patience(Distribution patience) {
            this.patience = patience;
            return this;
        }

        public Builder thinkTime(Distribution thinkTime) {
            this.thinkTime = thinkTime;
            return this;
        }

        public Builder callerHangupShare(double share) {
            this.callerHangupShare = share;
            return this;
        }

        public Builder callerNumbers(Supplier<String> callerNumbers) {
            this.callerNumbers = callerNumbers;
            return this;
        }

        public Builder calledNumbers(Map<String, Double> weights) {
            this.calledNumbers = weights;
            return this;
        }

        public Builder menuChoices(Map<String, Double> weights) {
            this.menuChoices = weights;
            return this;
        }

        public Builder trunk(String trunk) {
            this.trunk = trunk;
            return this;
        }

        public TrafficProfile build() {
            return new TrafficProfile(zone, interval, callsPerHour, handleTime, patience, thinkTime,
                    callerHangupShare, callerNumbers, calledNumbers, menuChoices, trunk);
        }

        private static List<Double> rates(double[] values) {
            return Arrays.stream(values).boxed().toList();
        }
    }
}
