package hotline.incident;

/** An incident was closed, with its figures; reporting and quality may take them from here. */
public record IncidentClosed(long incidentId, String title, IncidentType type, int contacts, int workOrders,
                             long durationMinutes) {
}
