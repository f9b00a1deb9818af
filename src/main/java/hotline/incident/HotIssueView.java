package hotline.incident;

import java.time.Instant;

/**
 * A topic that rose above its control limit: so many contacts of this category from this area in one interval,
 * against the expected level from history. {@code incidentId} is the incident a lead declared from it, if any.
 */
public record HotIssueView(long id, String category, String area, Instant intervalStart, Instant intervalEnd, int count,
                           double expected, int limit, Instant detectedAt, Instant acknowledgedAt,
                           String acknowledgedBy, Long incidentId) {
}
