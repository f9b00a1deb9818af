package hotline.workorder.internal;

import hotline.organization.BusinessCalendar;
import hotline.organization.Calendars;
import hotline.platform.db.TransactionScoped;
import hotline.workorder.TimeLimit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;

/**
 * {@link WorkingCalendar} on the center's default business calendar (holidays and make-up working days included). A
 * transition asks for it several times (its deadline, then each warning level's point); within one transaction the
 * first answer serves them all, so the organization module's revision check runs once per transition.
 */
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
            case WORKING_HOURS -> calendar().addWorkingHours(start, Duration.ofHours(limit.amount()));
            case WORKING_DAYS -> calendar().addWorkingDays(start, limit.amount());
        };
    }

    @Override
    public Instant fraction(Instant start, Instant due, boolean workingTime, int percent) {
        if (!workingTime) {
            return start.plus(Duration.between(start, due).multipliedBy(percent).dividedBy(100));
        }
        var calendar = calendar();
        Duration total = calendar.workingTimeBetween(start, due);
        return calendar.addWorkingHours(start, total.multipliedBy(percent).dividedBy(100));
    }

    private BusinessCalendar calendar() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return calendars.defaultCalendar();
        }
        return TransactionScoped.get(this, calendars::defaultCalendar, calendar -> { }, calendar -> { });
    }
}
