package hotline.workforce.internal;

import hotline.workforce.Forecasts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rest of the day re-forecast from the morning so far, and the staffing gap per interval. */
class IntradayTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final OffsetDateTime EIGHT = DAY.atTime(8, 0).atOffset(ZoneOffset.ofHours(8));

    /** Four hourly intervals from 08:00, 20 contacts forecast each, 300 s handle time. */
    static List<Forecasts.Point> forecast() {
        var points = new ArrayList<Forecasts.Point>();
        for (int h = 0; h < 4; h++) {
            points.add(new Forecasts.Point(EIGHT.plusHours(h), 20, 300.0));
        }
        return points;
    }

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atOffset(ZoneOffset.ofHours(8)).toInstant();
    }

    /** A stand-in for Erlang: one agent per ten contacts, so the expected numbers are plain arithmetic. */
    static int perTen(double contacts, double aht) {
        return (int) Math.ceil(contacts / 10);
    }

    @Test
    void aBusyMorningRaisesTheRestOfTheDayByTheSameRatio() {
        Map<Instant, Integer> actual = Map.of(at(8, 0), 30, at(9, 0), 26, at(10, 0), 4);
        Map<Instant, Integer> scheduled = Map.of(at(8, 0), 3, at(9, 0), 3, at(10, 0), 2, at(11, 0), 2);
        // 10:40: two intervals have closed, 10:00 is still open (its 4 contacts so far do not count yet)
        var intraday = AdherenceService.intraday("billing", DAY, 60, forecast(), actual, scheduled, at(10, 40),
                IntradayTests::perTen);
        assertThat(intraday.ratio()).isCloseTo(56.0 / 40, within(1e-12));
        var points = intraday.points();
        assertThat(points.get(0).actual()).isEqualTo(30.0);
        assertThat(points.get(0).reforecast()).isEqualTo(30.0);
        assertThat(points.get(2).actual()).isNull();
        assertThat(points.get(2).reforecast()).isCloseTo(28.0, within(1e-12));
        assertThat(points.get(3).reforecast()).isCloseTo(28.0, within(1e-12));
        assertThat(points.get(3).requiredAgents()).isEqualTo(3);
        assertThat(points.get(3).gap()).isEqualTo(2 - 3);
        assertThat(points.get(0).gap()).isEqualTo(3 - 3);
        assertThat(points).allSatisfy(p -> assertThat(p.forecast()).isEqualTo(20));
    }

    @Test
    void beforeTheFirstIntervalClosesTheForecastStands() {
        var intraday = AdherenceService.intraday("billing", DAY, 60, forecast(), new HashMap<>(), Map.of(), at(8, 30),
                IntradayTests::perTen);
        assertThat(intraday.ratio()).isEqualTo(1.0);
        assertThat(intraday.points()).allSatisfy(p -> {
            assertThat(p.reforecast()).isEqualTo(20);
            assertThat(p.gap()).isEqualTo(-2);
        });
    }

    @Test
    void aQuietIntervalNeedsNobody() {
        var intraday = AdherenceService.intraday("billing", DAY, 60, forecast(),
                Map.of(at(8, 0), 0, at(9, 0), 0, at(10, 0), 0, at(11, 0), 0), Map.of(at(11, 0), 1), at(12, 0),
                IntradayTests::perTen);
        assertThat(intraday.ratio()).isZero();
        assertThat(intraday.points().get(3).requiredAgents()).isZero();
        assertThat(intraday.points().get(3).gap()).isEqualTo(1);
    }
}
