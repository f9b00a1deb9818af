package hotline.telephony.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class DistributionTests {

    static final int N = 100_000;

    @Test
    void lognormalSamplesHaveTheConfiguredMeanAndStandardDeviation() {
        var random = new SplittableRandom(7);
        var distribution = Distribution.lognormal(Duration.ofSeconds(240), Duration.ofSeconds(150));
        double[] samples = IntStream.range(0, N).mapToDouble(i -> seconds(distribution.sample(random))).toArray();
        double mean = java.util.Arrays.stream(samples).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(samples).map(s -> (s - mean) * (s - mean)).sum() / (N - 1));
        // standard error of the mean 150/√N ≈ 0.47 s: allow 4; the sd of a lognormal this skewed converges slower
        assertThat(mean).isCloseTo(240, offset(2.0));
        assertThat(sd).isCloseTo(150, offset(6.0));
        assertThat(java.util.Arrays.stream(samples).allMatch(s -> s > 0)).isTrue();
    }

    @Test
    void exponentialSamplesHaveTheConfiguredMean() {
        var random = new SplittableRandom(7);
        var distribution = Distribution.exponential(Duration.ofSeconds(90));
        double mean = IntStream.range(0, N).mapToDouble(i -> seconds(distribution.sample(random))).average()
                .orElseThrow();
        assertThat(mean).isCloseTo(90, offset(4 * 90 / Math.sqrt(N)));
    }

    @Test
    void readsDistributionsFromConfiguration() {
        assertThat(Distribution.parse("fixed(5s)")).isEqualTo(Distribution.fixed(Duration.ofSeconds(5)));
        assertThat(Distribution.parse(" exponential( 90s ) ")).isEqualTo(Distribution.exponential(Duration.ofSeconds(90)));
        assertThat(Distribution.parse("lognormal(4m, 1500ms)"))
                .isEqualTo(Distribution.lognormal(Duration.ofMinutes(4), Duration.ofMillis(1500)));
        assertThat(Distribution.parse("exponential(1.5h)").mean()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> Distribution.parse("poisson(3s)")).hasMessageContaining("lognormal(mean, sd)");
        assertThatThrownBy(() -> Distribution.parse("exponential(90)")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Distribution.parse("lognormal(90s)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.exponential(Duration.ofSeconds(-1))).hasMessageContaining("negative");
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
