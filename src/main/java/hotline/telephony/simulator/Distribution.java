package hotline.telephony.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A distribution of durations (handle time, caller patience, answer delay), sampled from the simulation's seeded
 * generator so a run replays.
 */
public sealed interface Distribution {

    Duration sample(RandomGenerator random);

    Duration mean();

    static Distribution fixed(Duration value) {
        return new Fixed(value);
    }

    static Distribution exponential(Duration mean) {
        return new Exponential(mean);
    }

    static Distribution lognormal(Duration mean, Duration standardDeviation) {
        return new LogNormal(mean, standardDeviation);
    }

    /**
     * Reads {@code fixed(5s)}, {@code exponential(90s)} or {@code lognormal(240s, 150s)} (mean, standard deviation);
     * durations as {@code 1500ms}, {@code 90s}, {@code 4m}, {@code 1h}.
     */
    static Distribution parse(String text) {
        var matcher = Pattern.compile("\\s*(\\w+)\\s*\\(([^)]*)\\)\\s*").matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a distribution: '" + text + "'; try exponential(90s)");
        }
        var arguments = Arrays.stream(matcher.group(2).split(",")).map(String::trim)
                .filter(a -> !a.isEmpty()).map(Distribution::duration).toList();
        String shape = matcher.group(1).toLowerCase(Locale.ROOT);
        if (shape.equals("fixed") && arguments.size() == 1) {
            return fixed(arguments.get(0));
        }
        if (shape.equals("exponential") && arguments.size() == 1) {
            return exponential(arguments.get(0));
        }
        if (shape.equals("lognormal") && arguments.size() == 2) {
            return lognormal(arguments.get(0), arguments.get(1));
        }
        throw new IllegalArgumentException("not a distribution: '" + text
                + "'; use fixed(d), exponential(mean) or lognormal(mean, sd)");
    }

    private static Duration duration(String text) {
        var matcher = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "'; write 1500ms, 90s, 4m or 1h");
        }
        double value = Double.parseDouble(matcher.group(1));
        double unit = switch (matcher.group(2)) {
            case "ms" -> 0.001;
            case "s" -> 1;
            case "m" -> 60;
            default -> 3600;
        };
        return seconds(value * unit);
    }

    record Fixed(Duration value) implements Distribution {
        public Fixed {
            requireNotNegative(value, "value");
        }

        @Override
        public Duration sample(RandomGenerator random) {
            return value;
        }

        @Override
        public Duration mean() {
            return value;
        }
    }

    /** Memoryless: the textbook model of caller patience (Erlang A) and of service times (M/M/c). */
    record Exponential(Duration mean) implements Distribution {
        public Exponential {
            requireNotNegative(mean, "mean");
        }

        @Override
        public Duration sample(RandomGenerator random) {
            return seconds(random.nextExponential() * seconds(mean));
        }
    }

    /**
     * Skewed with a long tail: how handle times look in real centers. Parameterised by the mean and standard
     * deviation of the durations themselves: sigma² = ln(1 + sd²/mean²), mu = ln(mean) − sigma²/2.
     */
    record LogNormal(Duration mean, Duration standardDeviation) implements Distribution {
        public LogNormal {
            requireNotNegative(mean, "mean");
            requireNotNegative(standardDeviation, "standardDeviation");
            if (mean.isZero()) {
                throw new IllegalArgumentException("a lognormal distribution needs a positive mean");
            }
        }

        @Override
        public Duration sample(RandomGenerator random) {
            double m = seconds(mean);
            double s = seconds(standardDeviation);
            double sigma2 = Math.log(1 + (s * s) / (m * m));
            double mu = Math.log(m) - sigma2 / 2;
            return seconds(Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian()));
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
