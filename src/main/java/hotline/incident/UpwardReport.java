package hotline.incident;

import java.time.Instant;

/** The upward report (上报) written when an incident closes: to whom, and the text that went up. */
public record UpwardReport(long id, long incidentId, String recipient, String body, Instant reportedAt,
                           String reportedBy) {
}
