package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** A new calendar with its weekly hours; holidays and make-up days are added as entries or imported. */
public record NewCalendar(@NotBlank @Size(max = 50) String name, @Size(max = 500) String description,
                          Map<DayOfWeek, List<WorkingPeriod>> hours) {

    public NewCalendar {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }
}
