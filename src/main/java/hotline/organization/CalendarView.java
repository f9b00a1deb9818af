package hotline.organization;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A business calendar's own fields: weekly working hours (weekdays without hours are closed) and its entries' count. */
public record CalendarView(long id, String name, String description, boolean defaultCalendar,
                           Map<DayOfWeek, List<WorkingPeriod>> hours, int entryCount, Instant createdAt,
                           Instant updatedAt, long version) {

    public CalendarView {
        hours = Map.copyOf(hours);
    }

    public List<WorkingPeriod> hoursOn(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    /** The day's periods as text: {@code 08:30-12:00 13:30-17:30}; empty when closed. */
    public String hoursText(DayOfWeek day) {
        return WorkingPeriod.format(hoursOn(day));
    }
}
