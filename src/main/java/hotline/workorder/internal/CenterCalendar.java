package hotline.workorder.internal;

import hotline.organization.Calendars;
import hotline.workorder.TimeLimit;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** {@link WorkingCalendar} on the center's default business calendar (holidays and make-up working days included). */
@Component
class CenterCalendar implements WorkingCalendar {

    private final Calendars calendars;

    CenterCalendar(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Instant deadline(Instant start, TimeLimit limit) {
        return switch (limit.unit()) {
            case NATURAL_HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case WORKING_HOURS -> calendars.defaultCalendar().addWorkingHours(start, Duration.ofHours(limit.amount()));
            case WORKING_DAYS -> calendars.defaultCalendar().addWorkingDays(start, limit.amount());
        };
    }

    @Override
    public Instant fraction(Instant start, Instant due, boolean workingTime, int percent) {
        if (!workingTime) {
            return start.plus(Duration.between(start, due).multipliedBy(percent).dividedBy(100));
        }
        var calendar = calendars.defaultCalendar();
        Duration total = calendar.workingTimeBetween(start, due);
        return calendar.addWorkingHours(start, total.multipliedBy(percent).dividedBy(100));
    }
}
