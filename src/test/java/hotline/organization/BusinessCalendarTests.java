package hotline.organization;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static hotline.organization.Calendar2026.CALENDAR;
import static hotline.organization.Calendar2026.at;
import static hotline.organization.Calendar2026.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working time on the 2026 calendar: holidays, make-up days, long holidays, instants outside working hours. */
class BusinessCalendarTests {

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} is a working day: {1}")
        @CsvSource({
                "2026-03-02, true",   // an ordinary Monday
                "2026-03-07, false",  // an ordinary Saturday
                "2026-01-01, false",  // 元旦
                "2026-01-04, true",   // Sunday, make-up day of 元旦
                "2026-02-14, true",   // Saturday, make-up day before 春节
                "2026-02-16, false",  // 除夕, a Monday
                "2026-02-23, false",  // last day of 春节, a Monday
                "2026-02-24, true",   // first working day after 春节
                "2026-05-09, true",   // Saturday, make-up day of 劳动节
                "2026-09-20, true",   // Sunday, make-up day of 国庆节
                "2026-10-07, false",  // last day of 国庆节, a Wednesday
                "2026-10-10, true",   // Saturday, make-up day of 国庆节
                "2026-10-11, false"})
        void knowsHolidaysAndMakeUpDays(LocalDate date, boolean working) {
            assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
        }

        @Test
        void makeUpDayWithoutHoursOfItsOwnWorksMondaysHours() {
            assertThat(CALENDAR.hoursOn(date(10, 10))).isEqualTo(CALENDAR.hoursOn(date(10, 12)));
            assertThat(CALENDAR.isWorkingTime(at("2026-10-10T09:00"))).isTrue();
            assertThat(CALENDAR.isWorkingTime(at("2026-10-10T12:30"))).isFalse();
        }

        @Test
        void makeUpDayMayHaveHoursOfItsOwn() {
            var calendar = BusinessCalendar.builder(Calendar2026.SHANGHAI)
                    .weekdays(WorkingPeriod.parse("08:30-17:30"))
                    .workday(date(10, 10), "国庆节调休", WorkingPeriod.parse("09:00-12:00"))
                    .build();
            assertThat(calendar.isWorkingTime(at("2026-10-10T08:45"))).isFalse();
            assertThat(calendar.isWorkingTime(at("2026-10-10T11:59"))).isTrue();
            assertThat(calendar.isWorkingTime(at("2026-10-10T12:00"))).isFalse();
        }

        @Test
        void namesTheHolidayOfADate() {
            assertThat(CALENDAR.entryOn(date(10, 3))).map(CalendarEntry::name).contains("国庆节");
            assertThat(CALENDAR.entryOn(date(10, 8))).isEmpty();
        }

        @Test
        void countsWorkingDaysOfARange() {
            // 国庆 week: 9-28 Mon … 10-11 Sun: 28, 29, 30, 8, 9, 10 (make-up Saturday)
            assertThat(CALENDAR.workingDaysBetween(date(9, 28), date(10, 11))).isEqualTo(6);
        }
    }

    @Nested
    class WorkingTime {

        @ParameterizedTest(name = "{0} is working time: {1}")
        @CsvSource({
                "2026-03-02T08:29:59, false",
                "2026-03-02T08:30, true",
                "2026-03-02T11:59:59, true",
                "2026-03-02T12:00, false",
                "2026-03-02T13:30, true",
                "2026-03-02T17:29, true",
                "2026-03-02T17:30, false",
                "2026-03-07T10:00, false",
                "2026-10-01T10:00, false"})
        void periodsAreHalfOpen(String local, boolean working) {
            assertThat(CALENDAR.isWorkingTime(at(local))).isEqualTo(working);
        }

        @Test
        void reckonsInTheCentersZoneNotUtc() {
            // 00:30 UTC is 08:30 in Shanghai.
            assertThat(CALENDAR.isWorkingTime(Instant.parse("2026-03-02T00:30:00Z"))).isTrue();
            assertThat(CALENDAR.isWorkingTime(Instant.parse("2026-03-02T10:00:00Z"))).isFalse();
        }

        @Test
        void nextWorkingTimeSkipsTheLunchBreakNightsWeekendsAndGoldenWeek() {
            assertThat(CALENDAR.nextWorkingTime(at("2026-03-02T10:00"))).isEqualTo(at("2026-03-02T10:00"));
            assertThat(CALENDAR.nextWorkingTime(at("2026-03-02T12:15"))).isEqualTo(at("2026-03-02T13:30"));
            assertThat(CALENDAR.nextWorkingTime(at("2026-03-06T17:30"))).isEqualTo(at("2026-03-09T08:30"));
            assertThat(CALENDAR.nextWorkingTime(at("2026-09-30T18:00"))).isEqualTo(at("2026-10-08T08:30"));
            assertThat(CALENDAR.nextWorkingDay(date(2, 13))).isEqualTo(date(2, 14));
        }
    }

    @Nested
    class AddingWorkingHours {

        @ParameterizedTest(name = "{0} + {1} working hours = {2}")
        @CsvSource({
                "2026-03-02T09:00, PT2H, 2026-03-02T11:00",
                "2026-03-02T09:00, PT4H, 2026-03-02T14:30",      // over the lunch break
                "2026-03-02T08:30, PT7H30M, 2026-03-02T17:30",   // a whole day ends at closing time, not next morning
                "2026-03-02T18:00, PT1H, 2026-03-03T09:30",      // started after hours
                "2026-03-06T16:30, PT2H, 2026-03-09T09:30",      // over the weekend
                "2026-03-07T10:00, PT30M, 2026-03-09T09:00",     // started on a Saturday
                "2026-09-30T16:30, PT2H, 2026-10-08T09:30",      // over 中秋/国庆 golden week
                "2026-02-13T17:00, PT1H, 2026-02-14T09:00",      // into the make-up Saturday before 春节
                "2026-02-14T17:00, PT1H, 2026-02-24T09:00",      // over the nine days of 春节
                "2026-03-02T09:00, PT75H, 2026-03-16T09:00"})    // exactly ten 7.5-hour days
        void countsOnlyWorkingTime(String start, Duration amount, String expected) {
            assertThat(CALENDAR.addWorkingHours(at(start), amount)).isEqualTo(at(expected));
        }

        @Test
        void addingNothingAnswersTheStart() {
            assertThat(CALENDAR.addWorkingHours(at("2026-10-01T10:00"), Duration.ZERO)).isEqualTo(at("2026-10-01T10:00"));
        }

        @Test
        void refusesNegativeTime() {
            assertThatThrownBy(() -> CALENDAR.addWorkingHours(at("2026-03-02T09:00"), Duration.ofHours(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AddingWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
                "2026-09-29T10:00, 1, 2026-09-30T17:30",
                "2026-09-29T10:00, 2, 2026-10-08T17:30",   // golden week skipped
                "2026-09-29T10:00, 4, 2026-10-10T17:30",   // the make-up Saturday counts
                "2026-09-29T10:00, 5, 2026-10-12T17:30",
                "2026-09-29T20:00, 1, 2026-09-30T17:30",   // the hour of the start does not matter
                "2026-03-07T10:00, 1, 2026-03-09T17:30",   // started on a Saturday
                "2026-02-12T10:00, 3, 2026-02-24T17:30",   // 13th, make-up 14th, then after 春节
                "2026-03-03T10:00, 0, 2026-03-03T17:30",   // 0: by close of business today
                "2026-03-03T18:00, 0, 2026-03-04T17:30",   // 0 after closing: the next working day
                "2026-10-01T10:00, 0, 2026-10-08T17:30"})
        void deadlineIsTheClosingTimeOfTheNthWorkingDayAfterTheStartDay(String start, int days, String expected) {
            assertThat(CALENDAR.addWorkingDays(at(start), days)).isEqualTo(at(expected));
        }

        @Test
        void refusesNegativeDays() {
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(at("2026-03-02T09:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class WorkingTimeBetween {

        @Test
        void countsTheWorkingPartOfARange() {
            assertThat(CALENDAR.workingTimeBetween(at("2026-03-02T08:00"), at("2026-03-02T18:00")))
                    .isEqualTo(Duration.ofMinutes(450));
            assertThat(CALENDAR.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T14:00")))
                    .isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void countsNothingOverAHoliday() {
            assertThat(CALENDAR.workingTimeBetween(at("2026-10-01T00:00"), at("2026-10-08T00:00"))).isZero();
            assertThat(CALENDAR.workingTimeBetween(at("2026-09-30T08:30"), at("2026-10-08T17:30")))
                    .isEqualTo(Duration.ofMinutes(900));
        }

        @Test
        void isNegativeWhenTheRangeRunsBackwards() {
            assertThat(CALENDAR.workingTimeBetween(at("2026-03-02T14:00"), at("2026-03-02T11:00")))
                    .isEqualTo(Duration.ofMinutes(-90));
        }
    }

    @Nested
    class Construction {

        @Test
        void refusesOverlappingPeriods() {
            var builder = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                    .hours(DayOfWeek.MONDAY, WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("11:00-13:00"));
            assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        }

        @Test
        void refusesMakeUpDaysWithoutHoursWhenMondayHasNone() {
            var builder = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                    .hours(DayOfWeek.TUESDAY, WorkingPeriod.parse("08:00-12:00"))
                    .workday(date(10, 10), "调休");
            assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aCalendarWithoutWorkingTimeSaysSoInsteadOfLoopingForever() {
            var closed = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai")).build();
            assertThatThrownBy(() -> closed.addWorkingHours(at("2026-03-02T09:00"), Duration.ofHours(1)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> closed.nextWorkingTime(at("2026-03-02T09:00")))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aRoundTheClockCalendarCountsNaturalTime() {
            var always = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"));
            for (var day : DayOfWeek.values()) {
                always.hours(day, WorkingPeriod.parse("00:00-24:00"));
            }
            var calendar = always.build();
            assertThat(calendar.addWorkingHours(at("2026-03-02T09:15"), Duration.ofHours(48)))
                    .isEqualTo(at("2026-03-04T09:15"));
            assertThat(calendar.isWorkingTime(at("2026-03-07T23:59"))).isTrue();
        }
    }

    @Nested
    class Periods {

        @Test
        void parsesAndPrintsPeriods() {
            assertThat(WorkingPeriod.parseList("08:30 - 12:00, 13:30-17:30；18:00-24:00"))
                    .extracting(WorkingPeriod::toString)
                    .containsExactly("08:30-12:00", "13:30-17:30", "18:00-24:00");
            assertThat(WorkingPeriod.parse("18:00-24:00").endsAtMidnight()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"12:00-08:00", "08:00-08:00", "25:00-26:00", "08:60-09:00", "8-12", "24:30-24:45"})
        void rejectsPeriodsThatCannotBe(String text) {
            assertThatThrownBy(() -> WorkingPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
