package hotline.organization;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working time of one calendar in the center's zone: weekly hours, public holidays and make-up working days. Immutable;
 * time limits (SLA) are computed with it. Conventions (ADR 0010): periods are half-open {@code [start, end)}; adding
 * working hours that end exactly at a closing time answers the closing time; working days count from the next
 * working day and end at its closing time.
 */
public final class BusinessCalendar {

    /** Longer than any real run of days off: more means the calendar has (almost) no working time. */
    static final int MAX_DAYS_WITHOUT_WORK = 400;

    private record Interval(Instant start, Instant end) {
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> weekly;
    private final TreeMap<LocalDate, CalendarEntry> entries;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> weekly,
                             Map<LocalDate, CalendarEntry> entries) {
        this.zone = zone;
        var copy = new EnumMap<DayOfWeek, List<WorkingPeriod>>(DayOfWeek.class);
        weekly.forEach((day, periods) -> copy.put(day, checked(periods, day.toString())));
        this.weekly = java.util.Collections.unmodifiableMap(copy);
        this.entries = new TreeMap<>(entries);
        this.entries.values().forEach(e -> checked(e.hours(), e.date().toString()));
        if (weekly.getOrDefault(DayOfWeek.MONDAY, List.of()).isEmpty()) {
            this.entries.values().stream()
                    .filter(e -> e.type() == CalendarEntryType.WORKDAY && e.hours().isEmpty())
                    .findFirst().ifPresent(e -> {
                        throw new IllegalArgumentException("make-up day " + e.date()
                                + " has no hours of its own and Monday has none to lend it");
                    });
        }
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Weekly hours; a weekday missing from the map has none. */
    public Map<DayOfWeek, List<WorkingPeriod>> weeklyHours() {
        return weekly;
    }

    public List<CalendarEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    /** The working periods of a date, holidays and make-up days applied. */
    public List<WorkingPeriod> hoursOn(LocalDate date) {
        var entry = entries.get(date);
        if (entry == null) {
            return weekly.getOrDefault(date.getDayOfWeek(), List.of());
        }
        if (entry.type() == CalendarEntryType.HOLIDAY) {
            return List.of();
        }
        return entry.hours().isEmpty() ? weekly.getOrDefault(DayOfWeek.MONDAY, List.of()) : entry.hours();
    }

    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    public boolean isWorkingTime(Instant instant) {
        for (var interval : intervals(localDate(instant))) {
            if (!instant.isBefore(interval.start()) && instant.isBefore(interval.end())) {
                return true;
            }
        }
        return false;
    }

    /** The instant itself when it is working time, else the start of the next working period. */
    public Instant nextWorkingTime(Instant instant) {
        LocalDate day = localDate(instant);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, day = day.plusDays(1)) {
            for (var interval : intervals(day)) {
                if (instant.isBefore(interval.end())) {
                    return max(instant, interval.start());
                }
            }
        }
        throw noWorkingTime(instant);
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_WITHOUT_WORK + " days after " + date);
    }

    /**
     * The instant when {@code amount} of working time has passed after {@code start}. Zero answers {@code start};
     * an amount that uses up a period exactly answers its closing time, not the next opening.
     */
    public Instant addWorkingHours(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative working time: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate day = localDate(start);
        int idle = 0;
        while (true) {
            boolean worked = false;
            for (var interval : intervals(day)) {
                if (!interval.end().isAfter(start)) {
                    continue;
                }
                worked = true;
                Instant from = max(start, interval.start());
                Duration available = Duration.between(from, interval.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            idle = worked ? 0 : idle + 1;
            if (idle > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingTime(start);
            }
            day = day.plusDays(1);
        }
    }

    /**
     * The closing time of the {@code n}-th working day after the day of {@code start} (the count starts the next
     * working day, whatever the time of {@code start}). {@code n = 0} is "by close of business": the closing time of
     * the first working day that closes after {@code start}.
     */
    public Instant addWorkingDays(Instant start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
        }
        LocalDate day = localDate(start);
        if (n == 0) {
            for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, day = day.plusDays(1)) {
                var intervals = intervals(day);
                if (!intervals.isEmpty() && intervals.get(intervals.size() - 1).end().isAfter(start)) {
                    return intervals.get(intervals.size() - 1).end();
                }
            }
            throw noWorkingTime(start);
        }
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDay(day);
        }
        var intervals = intervals(day);
        return intervals.get(intervals.size() - 1).end();
    }

    /** Working time in {@code [a, b)}; negative when {@code b} is before {@code a}. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(b);
        for (LocalDate day = localDate(a); !day.isAfter(last); day = day.plusDays(1)) {
            for (var interval : intervals(day)) {
                Instant from = max(a, interval.start());
                Instant to = min(b, interval.end());
                if (to.isAfter(from)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    /** Working days from {@code from} to {@code to}, both included. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private List<Interval> intervals(LocalDate date) {
        var periods = hoursOn(date);
        var intervals = new ArrayList<Interval>(periods.size());
        Instant previousEnd = null;
        for (var period : periods) {
            Instant start = date.atTime(period.start()).atZone(zone).toInstant();
            Instant end = period.endsAtMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : date.atTime(period.end()).atZone(zone).toInstant();
            // Daylight-saving gaps can shift local times; keep the intervals ordered and disjoint.
            if (previousEnd != null && start.isBefore(previousEnd)) {
                start = previousEnd;
            }
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
                previousEnd = end;
            }
        }
        return intervals;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static IllegalStateException noWorkingTime(Instant from) {
        return new IllegalStateException("the calendar has no working time within " + MAX_DAYS_WITHOUT_WORK
                + " days after " + from);
    }

    private static List<WorkingPeriod> checked(Collection<WorkingPeriod> periods, String where) {
        var sorted = periods.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working periods of " + where + " overlap: " + sorted.get(i - 1)
                        + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + weekly + ", " + entries.size() + " entries]";
    }

    /** Collects weekly hours and entries; later entries on the same date replace earlier ones. */
    public static final class Builder {

        private final ZoneId zone;
        private final Map<DayOfWeek, List<WorkingPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, CalendarEntry> entries = new TreeMap<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder hours(DayOfWeek day, List<WorkingPeriod> periods) {
            weekly.put(day, List.copyOf(periods));
            return this;
        }

        public Builder hours(DayOfWeek day, WorkingPeriod... periods) {
            return hours(day, List.of(periods));
        }

        /** The same hours Monday to Friday. */
        public Builder weekdays(WorkingPeriod... periods) {
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours(day, periods);
            }
            return this;
        }

        public Builder entry(CalendarEntry entry) {
            entries.put(entry.date(), entry);
            return this;
        }

        public Builder holiday(LocalDate date, String name) {
            return entry(CalendarEntry.holiday(date, name));
        }

        /** Every date from {@code first} to {@code last}, both included, is a holiday. */
        public Builder holidays(LocalDate first, LocalDate last, String name) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                holiday(day, name);
            }
            return this;
        }

        public Builder workday(LocalDate date, String name, WorkingPeriod... hours) {
            return entry(CalendarEntry.workday(date, name, hours));
        }

        public BusinessCalendar build() {
            return new BusinessCalendar(zone, weekly, entries);
        }
    }
}
