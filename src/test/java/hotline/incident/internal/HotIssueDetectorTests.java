package hotline.incident.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HotIssueDetectorTests {

    private final HotIssueDetector detector = HotIssueDetector.defaults();

    @Test
    void alignsIntervalsToTheQuarterHour() {
        assertThat(detector.bucket(Instant.parse("2026-03-01T08:14:59Z"))).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(detector.bucket(Instant.parse("2026-03-01T08:15:00Z"))).isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
    }

    @Test
    void poissonLimitMatchesKnownQuantiles() {
        // P(X >= 5 | λ=0.5) ≈ 0.00017 and P(X >= 4) ≈ 0.0018, so 5 is the first count rarer than 0.001
        assertThat(HotIssueDetector.poissonLimit(0.5, 0.001)).isEqualTo(5);
        // λ=10: P(X >= 21) ≈ 0.0016, P(X >= 22) ≈ 0.0007
        assertThat(HotIssueDetector.poissonLimit(10, 0.001)).isEqualTo(22);
    }

    @Test
    void aQuietTopicNeedsTheMinimumCount() {
        assertThat(detector.limit(0)).isEqualTo(5);
        assertThat(detector.hot(4, 0)).isFalse();
        assertThat(detector.hot(5, 0)).isTrue();
    }

    @Test
    void aBusyTopicIsHotOnlyWellAboveItsUsualLevel() {
        assertThat(detector.hot(15, 10)).isFalse();
        assertThat(detector.hot(22, 10)).isTrue();
    }

    @Test
    void theBaselineFollowsCountsAndDecaysOverEmptyIntervals() {
        assertThat(detector.roll(10, 20, 0)).isCloseTo(13, within(1e-9));
        assertThat(detector.roll(10, 10, 2)).isCloseTo(10 * 0.7 * 0.7, within(1e-9));
        assertThat(detector.intervalsBetween(Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-01T09:00:00Z"))).isEqualTo(4);
    }

    @Property
    void theLimitNeverFallsAsTheExpectedLevelRises(@ForAll @DoubleRange(min = 0, max = 400) double expected,
                                                   @ForAll @DoubleRange(min = 0, max = 50) double more) {
        assertThat(detector.limit(expected + more)).isGreaterThanOrEqualTo(detector.limit(expected));
    }

    @Property
    void theLimitLiesAboveTheExpectedLevel(@ForAll @DoubleRange(min = 0.5, max = 5000) double expected) {
        int limit = HotIssueDetector.poissonLimit(expected, 0.001);
        assertThat(limit).isGreaterThan((int) expected);
        assertThat(limit).isLessThanOrEqualTo((int) Math.ceil(expected + 5 * Math.sqrt(expected) + 5));
    }

    @Property
    void theBaselineStaysBetweenItsInputs(@ForAll @DoubleRange(min = 0, max = 1000) double mean,
                                          @ForAll @IntRange(min = 0, max = 1000) int count) {
        double next = detector.roll(mean, count, 0);
        assertThat(next).isBetween(Math.min(mean, count) - 1e-9, Math.max(mean, count) + 1e-9);
    }

    @Test
    void rejectsNonsenseSettings() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new HotIssueDetector(Duration.ZERO, 0.3, 0.001, 5, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
