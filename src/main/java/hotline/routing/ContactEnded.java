package hotline.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact ended, whatever the outcome: the customer and work order it is linked to let the customer timeline,
 * surveys and quality sampling react.
 */
public record ContactEnded(UUID contactId, String queueCode, Outcome outcome, Long agentId, Long customerId,
                           Long workOrderId, String callerNumber, Double talkSeconds, Instant at) {
}
