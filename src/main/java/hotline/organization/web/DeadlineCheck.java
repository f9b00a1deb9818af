package hotline.organization.web;

import hotline.organization.BusinessCalendar;

import java.time.Duration;
import java.time.LocalDateTime;

/** What the calendar page's calculator shows: deadlines and working time computed from a start time. */
record DeadlineCheck(boolean computed, LocalDateTime start, LocalDateTime end, int workingHours, int workingDays,
                     boolean startIsWorkingTime, LocalDateTime nextWorkingTime, LocalDateTime hoursDeadline,
                     LocalDateTime daysDeadline, String workingTime, Integer workingDaysInRange, String error) {

    static DeadlineCheck empty(LocalDateTime now) {
        return new DeadlineCheck(false, now, null, 8, 5, false, null, null, null, null, null, null);
    }

    static DeadlineCheck compute(BusinessCalendar calendar, LocalDateTime start, LocalDateTime end, int workingHours,
                                 int workingDays) {
        if (workingHours < 0 || workingHours > 10_000 || workingDays < 0 || workingDays > 1_000
                || (end != null && end.isBefore(start))) {
            return new DeadlineCheck(false, start, end, workingHours, workingDays, false, null, null, null, null, null,
                    "org.check.invalid");
        }
        var zone = calendar.zone();
        var from = start.atZone(zone).toInstant();
        try {
            String between = null;
            Integer days = null;
            if (end != null) {
                var to = end.atZone(zone).toInstant();
                between = hoursAndMinutes(calendar.workingTimeBetween(from, to));
                days = calendar.workingDaysBetween(start.toLocalDate(), end.toLocalDate());
            }
            return new DeadlineCheck(true, start, end, workingHours, workingDays, calendar.isWorkingTime(from),
                    LocalDateTime.ofInstant(calendar.nextWorkingTime(from), zone),
                    LocalDateTime.ofInstant(calendar.addWorkingHours(from, Duration.ofHours(workingHours)), zone),
                    LocalDateTime.ofInstant(calendar.addWorkingDays(from, workingDays), zone), between, days, null);
        } catch (IllegalStateException e) {
            return new DeadlineCheck(false, start, end, workingHours, workingDays, false, null, null, null, null, null,
                    "org.check.noWorkingTime");
        }
    }

    private static String hoursAndMinutes(Duration duration) {
        return String.format("%d:%02d", duration.toHours(), duration.toMinutesPart());
    }
}
