package hotline.workforce;

import java.time.LocalDate;
import java.util.Set;

/** A schedule was published: its agents can see their shifts for these days. */
public record SchedulePublished(long scheduleId, LocalDate firstDay, LocalDate lastDay, Set<Long> agentIds) {
}
