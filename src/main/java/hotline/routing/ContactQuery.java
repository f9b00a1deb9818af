package hotline.routing;

import java.time.Instant;

/** Filters for contact records; all optional; newest first, at most {@code limit} (1–1000, default 100). */
public record ContactQuery(Long queueId, Long agentId, Long customerId, Outcome outcome, Instant from, Instant to,
                           Integer limit) {
}
