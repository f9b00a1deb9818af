package hotline.organization;

import java.time.LocalDate;
import java.util.List;

/** A stored entry of a calendar; {@code hours} empty on a working day means Monday's hours. */
public record CalendarEntryView(long id, long calendarId, LocalDate date, CalendarEntryType type, String name,
                                List<WorkingPeriod> hours) {

    public CalendarEntryView {
        hours = List.copyOf(hours);
    }
}
