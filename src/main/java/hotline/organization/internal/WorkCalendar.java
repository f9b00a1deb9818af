package hotline.organization.internal;

import hotline.organization.WorkingPeriod;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A business calendar's own fields and weekly hours. Its dated entries are rows of their own ({@link CalendarEntries});
 * the default flag and the revision are written by SQL only, so a save of a stale copy can never move them.
 */
@Table(schema = "organization", name = "calendar")
class WorkCalendar {

    @Id
    Long id;
    String name;
    String description;
    @ReadOnlyProperty
    @Column("is_default")
    boolean defaultCalendar;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;
    @MappedCollection(idColumn = "calendar")
    Set<Hours> hours = new HashSet<>();

    @Table(schema = "organization", name = "calendar_hours")
    record Hours(int weekday, int startMinute, int endMinute) {
    }

    static WorkCalendar open(String name, String description, Map<DayOfWeek, List<WorkingPeriod>> hours, Instant now) {
        var calendar = new WorkCalendar();
        calendar.name = name.strip();
        calendar.description = Text.blankToNull(description);
        calendar.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        calendar.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        calendar.setHours(hours);
        return calendar;
    }

    void change(String name, String description, Map<DayOfWeek, List<WorkingPeriod>> hours, Instant now) {
        this.name = name.strip();
        this.description = Text.blankToNull(description);
        this.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        setHours(hours);
    }

    private void setHours(Map<DayOfWeek, List<WorkingPeriod>> weekly) {
        hours.clear();
        weekly.forEach((day, periods) -> periods.forEach(p ->
                hours.add(new Hours(day.getValue(), p.startMinute(), p.endMinute()))));
    }

    Map<DayOfWeek, List<WorkingPeriod>> weeklyHours() {
        var result = new EnumMap<DayOfWeek, List<WorkingPeriod>>(DayOfWeek.class);
        hours.stream()
                .collect(Collectors.groupingBy(h -> DayOfWeek.of(h.weekday())))
                .forEach((day, list) -> result.put(day, list.stream()
                        .map(h -> new WorkingPeriod(h.startMinute(), h.endMinute())).sorted().toList()));
        return result;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
