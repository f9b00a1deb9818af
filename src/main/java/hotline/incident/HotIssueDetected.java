package hotline.incident;

import java.time.Instant;

/** A topic crossed its control limit; leads are notified, and a later notification centre may fan it out. */
public record HotIssueDetected(long hotIssueId, String category, String area, Instant intervalStart, int count,
                               double expected, int limit) {
}
