package hotline.telephony.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class TrafficProfileTests {

    /** 2026-03-03 00:00 in Shanghai. */
    static final Instant MIDNIGHT = Instant.parse("2026-03-02T16:00:00Z");

    @Test
    void ratesFollowTheLocalTimeOfDay() {
        var rates = new java.util.ArrayList<>(Collections.nCopies(48, 0.0));
        rates.set(19, 360.0);                       // 09:30–10:00 local
        var profile = TrafficProfile.builder().rates(Duration.ofMinutes(30), rates).build();
        assertThat(profile.ratePerSecond(MIDNIGHT.plus(Duration.ofMinutes(9 * 60 + 45)))).isEqualTo(0.1);
        assertThat(profile.ratePerSecond(MIDNIGHT.plus(Duration.ofMinutes(9 * 60 + 29)))).isZero();
        assertThat(profile.intervalEnd(MIDNIGHT.plus(Duration.ofMinutes(9 * 60 + 30))))
                .isEqualTo(MIDNIGHT.plus(Duration.ofMinutes(10 * 60)));
        assertThat(profile.expectedCalls(MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(1)))).isCloseTo(180, offset(1e-9));
    }

    @Test
    void theLastIntervalEndsAtTheNextMidnight() {
        var profile = TrafficProfile.builder().constantRate(60).build();
        assertThat(profile.intervalEnd(MIDNIGHT.minusSeconds(1))).isEqualTo(MIDNIGHT);
    }

    @Test
    void dayCurvesPeakAtOneAndScaleBetweenMinAndMax() {
        for (var curve : DayCurve.values()) {
            var weights = curve.weights(Duration.ofMinutes(30));
            assertThat(java.util.Arrays.stream(weights).max().orElseThrow()).isEqualTo(1.0);
            assertThat(java.util.Arrays.stream(weights).allMatch(w -> w > 0 && w <= 1)).as(curve.name()).isTrue();
        }
        var perHour = DayCurve.UTILITY.callsPerHour(Duration.ofMinutes(60), 60, 180);
        assertThat(perHour).hasSize(24);
        assertThat(perHour[10]).isCloseTo(60 + 120 * (1.00 + 0.97) / 2, offset(1e-9));   // 10:00–11:00
        assertThat(DayCurve.UTILITY.weights(Duration.ofMinutes(15))).hasSize(96);
        assertThatThrownBy(() -> DayCurve.FLAT.weights(Duration.ofMinutes(7))).hasMessageContaining("dividing a day");
    }

    @Test
    void refusesProfilesThatDoNotCoverTheDay() {
        assertThatThrownBy(() -> TrafficProfile.builder().rates(Duration.ofMinutes(30), List.of(1.0, 2.0)).build())
                .hasMessageContaining("cover the day");
        assertThatThrownBy(() -> TrafficProfile.builder().menuChoices(Map.of("1", 0.0)).build())
                .hasMessageContaining("menuChoices");
        assertThatThrownBy(() -> TrafficProfile.builder().callerHangupShare(1.5).build())
                .hasMessageContaining("callerHangupShare");
    }

    @Test
    void picksByWeight() {
        var random = new SplittableRandom(3);
        var weights = new java.util.TreeMap<>(Map.of("1", 3.0, "2", 1.0, "9", 0.0));
        int ones = 0;
        for (int i = 0; i < 40_000; i++) {
            var pick = TrafficProfile.pick(weights, random);
            assertThat(pick).isNotEqualTo("9");
            ones += pick.equals("1") ? 1 : 0;
        }
        // binomial(40 000, 0.75): standard deviation ≈ 87; allow 4 of them
        assertThat(ones).isCloseTo(30_000, org.assertj.core.api.Assertions.within(350));
    }

    @Test
    void mixesKnownCustomersIntoTheCallers() {
        var numbers = CallerNumbers.mix(new SplittableRandom(5), 0.3, List.of("13800138000"));
        int known = 0;
        for (int i = 0; i < 10_000; i++) {
            var number = numbers.get();
            assertThat(number).matches("1[3-9]\\d{9}");
            known += number.equals("13800138000") ? 1 : 0;
        }
        // binomial(10 000, 0.3): standard deviation ≈ 46; allow 4 of them
        assertThat(known).isCloseTo(3000, org.assertj.core.api.Assertions.within(184));
    }
}
