package hotline.incident;

import java.time.Instant;

/** A lead declared an incident: the IVR and the agent desktop start telling callers from the area its wording. */
public record IncidentDeclared(long incidentId, String title, IncidentType type, IncidentArea area, String wording,
                               Instant startedAt, Instant expectedEndAt) {
}
