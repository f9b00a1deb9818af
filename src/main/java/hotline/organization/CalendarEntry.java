package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated exception to the weekly hours: a public holiday ({@code 国庆节}) or a make-up working day
 * ({@code 国庆节调休}). A working day without hours of its own works Monday's hours; a holiday has no hours.
 */
public record CalendarEntry(@NotNull LocalDate date, @NotNull CalendarEntryType type,
                            @NotBlank @Size(max = 50) String name, List<WorkingPeriod> hours) {

    public CalendarEntry {
        hours = hours == null ? List.of() : hours.stream().sorted().toList();
    }

    public static CalendarEntry holiday(LocalDate date, String name) {
        return new CalendarEntry(date, CalendarEntryType.HOLIDAY, name, List.of());
    }

    public static CalendarEntry workday(LocalDate date, String name, WorkingPeriod... hours) {
        return new CalendarEntry(date, CalendarEntryType.WORKDAY, name, List.of(hours));
    }
}
