package hotline.organization.web;

import hotline.organization.CalendarView;
import hotline.organization.WorkingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A calendar's name, description and weekly hours, one text field per weekday ("08:30-12:00 13:30-17:30"). */
class CalendarForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    @Size(max = 500)
    private String description;
    private Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
    private Long version;

    static CalendarForm standard() {
        var form = new CalendarForm();
        for (var day : DayOfWeek.values()) {
            form.hours.put(day, day.getValue() <= 5 ? "08:30-12:00 13:30-17:30" : "");
        }
        return form;
    }

    static CalendarForm of(CalendarView calendar) {
        var form = new CalendarForm();
        form.name = calendar.name();
        form.description = calendar.description();
        form.version = calendar.version();
        for (var day : DayOfWeek.values()) {
            form.hours.put(day, WorkingPeriod.format(calendar.hoursOn(day)));
        }
        return form;
    }

    /** Parses the weekly hours; a field that does not parse is reported in {@code errors} (field → message). */
    Map<DayOfWeek, List<WorkingPeriod>> parsedHours(Map<String, String> errors) {
        var result = new EnumMap<DayOfWeek, List<WorkingPeriod>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            try {
                var periods = WorkingPeriod.parseList(hours.get(day));
                if (!periods.isEmpty()) {
                    result.put(day, periods);
                }
            } catch (IllegalArgumentException e) {
                errors.put("hours[" + day + "]", e.getMessage());
            }
        }
        return result;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Map<DayOfWeek, String> getHours() { return hours; }
    public void setHours(Map<DayOfWeek, String> hours) { this.hours = hours; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
