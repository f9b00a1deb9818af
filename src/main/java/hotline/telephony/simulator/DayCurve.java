package hotline.telephony.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shape of a day's calls: 48 half-hour weights from 00:00, the busiest half hour 1.0. Shapes follow the published
 * patterns of Chinese service hotlines: a morning peak at 09:30–10:30, a lunch dip, a second peak in the afternoon and,
 * for a power utility, an evening shoulder (outages are noticed at home) and a night floor that never reaches zero.
 */
public enum DayCurve {

    /** A power utility's 95598 line. */
    UTILITY(0.10, 0.08, 0.06, 0.05, 0.04, 0.04, 0.04, 0.04, 0.04, 0.05, 0.06, 0.08,
            0.12, 0.18, 0.28, 0.42, 0.62, 0.80, 0.93, 1.00, 1.00, 0.97, 0.90, 0.78,
            0.62, 0.58, 0.66, 0.80, 0.90, 0.93, 0.92, 0.88, 0.84, 0.78, 0.70, 0.62,
            0.58, 0.60, 0.64, 0.62, 0.56, 0.48, 0.40, 0.32, 0.25, 0.19, 0.15, 0.12),

    /** A retail bank's service line: sharper office-hour peaks, quiet evenings. */
    BANK(0.04, 0.03, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.03, 0.04,
            0.06, 0.09, 0.15, 0.28, 0.52, 0.78, 0.95, 1.00, 0.98, 0.92, 0.85, 0.70,
            0.50, 0.45, 0.58, 0.78, 0.90, 0.92, 0.88, 0.84, 0.76, 0.66, 0.52, 0.40,
            0.32, 0.28, 0.26, 0.24, 0.20, 0.16, 0.13, 0.10, 0.08, 0.07, 0.06, 0.05),

    /** The same rate all day: for tests and benchmarks. */
    FLAT(flat());

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final double[] halfHours;

    DayCurve(double... halfHours) {
        if (halfHours.length != 48) {
            throw new IllegalStateException(name() + " needs 48 half-hour weights");
        }
        this.halfHours = halfHours;
    }

    private static double[] flat() {
        var weights = new double[48];
        Arrays.fill(weights, 1.0);
        return weights;
    }

    public static DayCurve named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The average weight in each interval of the day ({@code interval} divides 24 h and is a multiple of 1 minute):
     * a 15-minute interval repeats its half hour, a 60-minute one averages two.
     */
    public double[] weights(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes <= 0 || 24 * 60 % minutes != 0 || !interval.equals(Duration.ofMinutes(minutes))) {
            throw new IllegalArgumentException("the interval must be whole minutes dividing a day, got " + interval);
        }
        var result = new double[(int) (24 * 60 / minutes)];
        for (int i = 0; i < result.length; i++) {
            double sum = 0;
            for (long minute = i * minutes; minute < (i + 1) * minutes; minute++) {
                sum += halfHours[(int) (minute / HALF_HOUR.toMinutes())];
            }
            result[i] = sum / minutes;
        }
        return result;
    }

    /** Calls per hour per interval: {@code min} at weight 0, {@code max} at the peak. */
    public double[] callsPerHour(Duration interval, double min, double max) {
        var weights = weights(interval);
        var rates = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            rates[i] = min + (max - min) * weights[i];
        }
        return rates;
    }
}
