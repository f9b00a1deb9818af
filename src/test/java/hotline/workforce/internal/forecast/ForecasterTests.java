package hotline.workforce.internal.forecast;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The forecasting methods on synthetic series whose right answer is known. */
class ForecasterTests {

    static final ZoneId ZONE = ZoneOffset.ofHours(8);
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** Open 07:00–21:00, a day curve peaking at 10:00, weekdays twice the weekend. */
    static double demand(LocalDate date, int hour) {
        double curve = 20 + 80 * Math.exp(-Math.pow(hour - 10, 2) / 8) + 40 * Math.exp(-Math.pow(hour - 15, 2) / 6);
        return date.getDayOfWeek().getValue() >= 6 ? curve / 2 : curve;
    }

    static Series weeks(int weeks, Map<LocalDate, SpecialDay> special) {
        var series = new Series(60, ZONE, special);
        for (int d = 0; d < weeks * 7; d++) {
            var date = MONDAY.plusDays(d);
            for (int h = 7; h < 21; h++) {
                series.add(date.atTime(h, 0).atZone(ZONE).toInstant(), demand(date, h), demand(date, h) * 200);
            }
        }
        return series;
    }

    @Test
    void aRepeatingWeekIsForecastExactlyByTheSeasonalMethods() {
        var series = weeks(6, Map.of());
        for (var method : new Method[]{Method.SEASONAL_NAIVE, Method.WEEKDAY_AVERAGE}) {
            var outcome = Forecaster.days(series, MONDAY.plusWeeks(6), MONDAY.plusWeeks(6).plusDays(6), method);
            assertThat(outcome.wape()).as("%s backtest", method).isCloseTo(0, within(1e-12));
            for (var point : outcome.points()) {
                var local = LocalDateTime.ofInstant(point.start(), ZONE);
                assertThat(point.contacts()).isCloseTo(demand(local.toLocalDate(), local.getHour()), within(1e-9));
                assertThat(point.ahtSeconds()).isCloseTo(200, within(1e-9));
            }
        }
    }

    @Test
    void smoothingLearnsADailyAndWeeklyPatternToWithinAFewPercent() {
        var series = weeks(8, Map.of());
        var outcome = Forecaster.days(series, MONDAY.plusWeeks(8), MONDAY.plusWeeks(8).plusDays(6),
                Method.EXPONENTIAL_SMOOTHING);
        assertThat(outcome.wape()).isLessThan(0.03);
        for (var point : outcome.points()) {
            var local = LocalDateTime.ofInstant(point.start(), ZONE);
            assertThat(point.contacts()).isCloseTo(demand(local.toLocalDate(), local.getHour()),
                    within(0.08 * demand(local.toLocalDate(), local.getHour())));
        }
    }

    @Test
    void aConstantSeriesIsForecastAsThatConstantByEveryMethod() {
        var series = new Series(30, ZONE, Map.of());
        for (int i = 0; i < 48 * 28; i++) {
            series.add(MONDAY.atStartOfDay(ZONE).plusMinutes(30L * i).toInstant(), 42, 42 * 300);
        }
        for (var method : Method.values()) {
            var outcome = Forecaster.days(series, MONDAY.plusWeeks(4), MONDAY.plusWeeks(4), method);
            assertThat(outcome.points()).hasSize(48)
                    .allSatisfy(p -> assertThat(p.contacts()).isCloseTo(42, within(1e-6)));
        }
    }

    @Test
    void closedHoursAreNeitherForecastNorCountedAsZeroDemand() {
        var series = weeks(3, Map.of());
        var outcome = Forecaster.next(series, 30);
        assertThat(outcome.points()).hasSize(30);
        assertThat(outcome.points()).allSatisfy(p -> {
            int hour = LocalDateTime.ofInstant(p.start(), ZONE).getHour();
            assertThat(hour).isBetween(7, 20);
            assertThat(p.contacts()).isGreaterThan(5);
        });
        // the history ends on a Sunday at 20:00: the next open interval is Monday 07:00
        assertThat(LocalDateTime.ofInstant(outcome.points().get(0).start(), ZONE))
                .isEqualTo(MONDAY.plusWeeks(3).atTime(7, 0));
    }

    @Test
    void aHolidayInHistoryDoesNotPullDownItsWeekdayAndIsForecastLikeASunday() {
        var holiday = MONDAY.plusWeeks(4).plusDays(2);   // a Wednesday
        var special = Map.of(holiday, new SpecialDay(holiday, SpecialDay.Kind.HOLIDAY, null, 1));
        var series = new Series(60, ZONE, special);
        for (int d = 0; d < 35; d++) {
            var date = MONDAY.plusDays(d);
            double scale = date.equals(holiday) ? 0.2 : 1;
            for (int h = 7; h < 21; h++) {
                series.add(date.atTime(h, 0).atZone(ZONE).toInstant(), demand(date, h) * scale, 0);
            }
        }
        var wednesday = MONDAY.plusWeeks(5).plusDays(2);
        var outcome = Forecaster.days(series, wednesday, wednesday, Method.WEEKDAY_AVERAGE);
        assertThat(outcome.points().get(3).contacts()).isCloseTo(demand(wednesday, 10), within(1e-9));

        var nextHoliday = MONDAY.plusWeeks(5).plusDays(3);
        var future = Map.of(nextHoliday, new SpecialDay(nextHoliday, SpecialDay.Kind.HOLIDAY, null, 0.8));
        var withHoliday = new Series(60, ZONE, future);
        for (var day : series.days()) {
            for (int h = 7; h < 21; h++) {
                withHoliday.add(day.date().atTime(h, 0).atZone(ZONE).toInstant(), day.contacts()[h], 0);
            }
        }
        var thursday = Forecaster.days(withHoliday, nextHoliday, nextHoliday, Method.WEEKDAY_AVERAGE);
        var sunday = MONDAY.plusDays(6);
        assertThat(thursday.points().get(3).contacts()).isCloseTo(0.8 * demand(sunday, 10), within(1e-9));
    }

    @Test
    void aMakeUpWorkdayOnSaturdayIsForecastLikeTheWeekdayItReplaces() {
        var saturday = MONDAY.plusWeeks(4).plusDays(5);
        var special = Map.of(saturday, new SpecialDay(saturday, SpecialDay.Kind.MAKE_UP_WORKDAY, DayOfWeek.MONDAY, 1));
        var series = new Series(60, ZONE, special);
        for (int d = 0; d < 28; d++) {
            var date = MONDAY.plusDays(d);
            for (int h = 7; h < 21; h++) {
                series.add(date.atTime(h, 0).atZone(ZONE).toInstant(), demand(date, h), 0);
            }
        }
        var outcome = Forecaster.days(series, saturday, saturday, Method.WEEKDAY_AVERAGE);
        assertThat(outcome.points().get(3).contacts()).isCloseTo(demand(MONDAY, 10), within(1e-9));
    }

    @Test
    void theBacktestChoosesTheMethodWithTheLowestWape() {
        var series = weeks(5, Map.of());
        var outcome = Forecaster.next(series, 10);
        var best = outcome.candidates().stream().mapToDouble(Forecaster.Accuracy::wape).min().orElseThrow();
        assertThat(outcome.wape()).isEqualTo(best);
        assertThat(outcome.candidates()).hasSize(3);
    }
}
