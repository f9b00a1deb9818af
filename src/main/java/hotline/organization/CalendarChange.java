package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** An edit of a calendar's name, description and weekly hours, made on {@code version}. */
public record CalendarChange(@NotBlank @Size(max = 50) String name, @Size(max = 500) String description,
                             Map<DayOfWeek, List<WorkingPeriod>> hours, @NotNull Long version) {

    public CalendarChange {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }
}
