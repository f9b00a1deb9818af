package hotline.incident;

import java.time.Instant;

/** An incident as leads see it; {@code summary} is present once it is closed. */
public record IncidentView(long id, String title, IncidentType type, IncidentStatus status, IncidentArea area,
                           String wording, Instant startedAt, Instant expectedEndAt, Instant declaredAt,
                           String declaredBy, Instant updatedAt, String updatedBy, int contacts, int workOrders,
                           IncidentSummary summary, long version) {
}
