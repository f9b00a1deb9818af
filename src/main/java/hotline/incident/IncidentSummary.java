package hotline.incident;

import java.time.Duration;
import java.time.Instant;

/** The figures of a closed incident: contacts and work orders linked to it, and how long it lasted. */
public record IncidentSummary(int contacts, int workOrders, Duration duration, Instant closedAt, String closedBy,
                              String resolution) {

    public long durationMinutes() {
        return duration.toMinutes();
    }
}
