package hotline.routing;

import java.time.Instant;
import java.util.UUID;

/** A contact was offered to an agent for the first time (the screen pop can start). */
public record ContactRouted(UUID contactId, String queueCode, long agentId, Long customerId, Instant at) {
}
