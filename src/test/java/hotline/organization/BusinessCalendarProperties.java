package hotline.organization;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static hotline.organization.Calendar2026.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

/** Laws of working-time arithmetic, on the 2026 calendar and on random calendars. */
class BusinessCalendarProperties {

    private static final Instant FROM = Calendar2026.at("2025-12-01T00:00");
    private static final Instant TO = Calendar2026.at("2027-01-31T00:00");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 400L * 3600).map(Duration::ofSeconds);
    }

    @Property
    void addedWorkingTimeIsExactlyTheWorkingTimeInBetween(@ForAll("instants") Instant start,
                                                          @ForAll("durations") Duration amount) {
        var end = CALENDAR.addWorkingHours(start, amount);
        assertThat(CALENDAR.workingTimeBetween(start, end)).isEqualTo(amount);
    }

    @Property
    void addingIsMonotonicInTheAmount(@ForAll("instants") Instant start, @ForAll("durations") Duration a,
                                      @ForAll("durations") Duration b) {
        var shorter = a.compareTo(b) <= 0 ? a : b;
        var longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(CALENDAR.addWorkingHours(start, shorter)).isBeforeOrEqualTo(CALENDAR.addWorkingHours(start, longer));
    }

    @Property
    void addingIsMonotonicInTheStart(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                     @ForAll("durations") Duration amount) {
        var earlier = a.isBefore(b) ? a : b;
        var later = a.isBefore(b) ? b : a;
        assertThat(CALENDAR.addWorkingHours(earlier, amount)).isBeforeOrEqualTo(CALENDAR.addWorkingHours(later, amount));
    }

    @Property
    void aDeadlineIsReachedInWorkingTime(@ForAll("instants") Instant start, @ForAll("durations") Duration amount) {
        if (amount.isZero()) {
            return;
        }
        var end = CALENDAR.addWorkingHours(start, amount);
        assertThat(CALENDAR.isWorkingTime(end.minusNanos(1))).as("the moment before %s is working time", end).isTrue();
        assertThat(end).isAfter(start);
    }

    @Property
    void addingInTwoStepsEqualsAddingOnce(@ForAll("instants") Instant start, @ForAll("durations") Duration a,
                                          @ForAll("durations") Duration b) {
        assertThat(CALENDAR.addWorkingHours(CALENDAR.addWorkingHours(start, a), b))
                .isEqualTo(CALENDAR.addWorkingHours(start, a.plus(b)));
    }

    @Property
    void workingTimeAddsUpOverAdjacentRanges(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                             @ForAll("instants") Instant c) {
        assertThat(CALENDAR.workingTimeBetween(a, b).plus(CALENDAR.workingTimeBetween(b, c)))
                .isEqualTo(CALENDAR.workingTimeBetween(a, c));
    }

    @Property
    void nextWorkingTimeIsTheFirstWorkingMomentAtOrAfter(@ForAll("instants") Instant t) {
        var next = CALENDAR.nextWorkingTime(t);
        assertThat(next).isAfterOrEqualTo(t);
        assertThat(CALENDAR.isWorkingTime(next)).isTrue();
        assertThat(CALENDAR.workingTimeBetween(t, next)).isZero();
    }

    @Property
    void nWorkingDaysEndAtTheClosingOfTheNthWorkingDayAfterTheStartDay(@ForAll("instants") Instant start,
                                                                        @ForAll @IntRange(min = 1, max = 60) int n) {
        var deadline = CALENDAR.addWorkingDays(start, n);
        var zone = CALENDAR.zone();
        LocalDate startDay = LocalDate.ofInstant(start, zone);
        LocalDate deadlineDay = LocalDate.ofInstant(deadline, zone);
        assertThat(CALENDAR.workingDaysBetween(startDay.plusDays(1), deadlineDay)).isEqualTo(n);
        assertThat(CALENDAR.isWorkingDay(deadlineDay)).isTrue();
        assertThat(CALENDAR.isWorkingTime(deadline.minusNanos(1))).isTrue();
        assertThat(CALENDAR.isWorkingTime(deadline)).isFalse();
    }

    @Property
    void moreWorkingDaysNeverEndEarlier(@ForAll("instants") Instant start, @ForAll @IntRange(max = 40) int n) {
        assertThat(CALENDAR.addWorkingDays(start, n)).isBeforeOrEqualTo(CALENDAR.addWorkingDays(start, n + 1));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<List<WorkingPeriod>> day = Arbitraries.integers().between(0, 3).flatMap(count ->
                Arbitraries.integers().between(0, 24 * 4).set().ofSize(count * 2).map(points -> {
                    var sorted = points.stream().sorted().toList();
                    var periods = new ArrayList<WorkingPeriod>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        periods.add(new WorkingPeriod(sorted.get(i) * 15, sorted.get(i + 1) * 15));
                    }
                    return periods;
                }));
        Arbitrary<List<LocalDate>> holidays = Arbitraries.integers().between(0, 400)
                .map(d -> LocalDate.of(2025, 12, 1).plusDays(d)).list().ofMaxSize(60);
        return Combinators.combine(day.list().ofSize(7), holidays).as((week, days) -> {
            var builder = BusinessCalendar.builder(Calendar2026.SHANGHAI);
            builder.hours(DayOfWeek.MONDAY, WorkingPeriod.parse("09:00-17:00"));
            for (int i = 1; i < 7; i++) {
                builder.hours(DayOfWeek.of(i + 1), week.get(i));
            }
            for (int i = 0; i < days.size(); i++) {
                if (i % 5 == 0) {
                    builder.workday(days.get(i), "make-up");
                } else {
                    builder.holiday(days.get(i), "holiday");
                }
            }
            return builder.build();
        });
    }

    @Property(tries = 300)
    void lawsHoldOnAnyCalendar(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
                               @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        var end = calendar.addWorkingHours(start, a);
        assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(a);
        assertThat(calendar.addWorkingHours(end, b)).isEqualTo(calendar.addWorkingHours(start, a.plus(b)));
        if (!a.isZero()) {
            assertThat(calendar.isWorkingTime(end.minusNanos(1))).isTrue();
        }
    }
}
