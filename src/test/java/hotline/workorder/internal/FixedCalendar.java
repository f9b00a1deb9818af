package hotline.workorder.internal;

import hotline.workorder.TimeLimit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A deliberately simple calendar for unit tests: Monday to Friday, 09:00–17:00 UTC, no holidays, minute precision.
 * The real calendar (holidays, make-up days) is tested in the organization module.
 */
final class FixedCalendar implements WorkingCalendar {

    static final LocalTime OPEN = LocalTime.of(9, 0);
    static final LocalTime CLOSE = LocalTime.of(17, 0);

    @Override
    public Instant deadline(Instant start, TimeLimit limit) {
        return switch (limit.unit()) {
            case NATURAL_HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case WORKING_HOURS -> addWorking(start, Duration.ofHours(limit.amount()));
            case WORKING_DAYS -> {
                var day = start.atZone(ZoneOffset.UTC).toLocalDate();
                int counted = 0;
                while (counted < limit.amount()) {
                    day = day.plusDays(1);
                    if (working(day.getDayOfWeek())) {
                        counted++;
                    }
                }
                yield day.atTime(CLOSE).toInstant(ZoneOffset.UTC);
            }
        };
    }

    @Override
    public Instant fraction(Instant start, Instant due, boolean workingTime, int percent) {
        if (!workingTime) {
            return start.plus(Duration.between(start, due).multipliedBy(percent).dividedBy(100));
        }
        long total = workingMinutes(start, due);
        return addWorking(start, Duration.ofMinutes(total * percent / 100));
    }

    static Instant addWorking(Instant start, Duration amount) {
        long minutes = amount.toMinutes();
        var t = start.truncatedTo(ChronoUnit.MINUTES);
        while (minutes > 0) {
            if (isWorking(t)) {
                minutes--;
            }
            t = t.plus(1, ChronoUnit.MINUTES);
        }
        return t;
    }

    static long workingMinutes(Instant a, Instant b) {
        long minutes = 0;
        for (var t = a.truncatedTo(ChronoUnit.MINUTES); t.isBefore(b); t = t.plus(1, ChronoUnit.MINUTES)) {
            if (isWorking(t)) {
                minutes++;
            }
        }
        return minutes;
    }

    static boolean isWorking(Instant t) {
        var local = t.atZone(ZoneOffset.UTC);
        var time = local.toLocalTime();
        return working(local.getDayOfWeek()) && !time.isBefore(OPEN) && time.isBefore(CLOSE);
    }

    private static boolean working(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
