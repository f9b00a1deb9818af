package hotline.workforce.internal;

import hotline.routing.IntervalStat;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntakeIntervalTests {

    @Test
    void averagesBecomeTheSumsTheForecastNeeds() {
        var start = Instant.parse("2026-11-24T01:00:00Z");
        var stat = new IntervalStat(7, 15, start, 40, 36, 4, 30, 0.75, 12.5, 240.0, 95.0);

        var interval = RoutingIntake.interval("BILLING", stat, 220.0);

        assertThat(interval.queueCode()).isEqualTo("BILLING");
        assertThat(interval.start()).isEqualTo(start);
        assertThat(interval.offered()).isEqualTo(40);
        assertThat(interval.answered()).isEqualTo(36);
        assertThat(interval.abandoned()).isEqualTo(4);
        assertThat(interval.handleSeconds()).isEqualTo(36 * 240.0);
        assertThat(interval.answeredWaitSeconds()).isEqualTo(36 * 12.5);
        assertThat(interval.abandonedWaitSeconds()).isEqualTo(220.0);
    }

    @Test
    void anIntervalWithoutAnswersHasNoHandleTime() {
        var stat = new IntervalStat(7, 15, Instant.parse("2026-11-24T01:15:00Z"), 3, 0, 3, 0, null, null, null, 80.0);
        var interval = RoutingIntake.interval("BILLING", stat, 150.0);
        assertThat(interval.handleSeconds()).isZero();
        assertThat(interval.answeredWaitSeconds()).isZero();
    }
}
