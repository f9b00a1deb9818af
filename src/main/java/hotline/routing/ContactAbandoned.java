package hotline.routing;

import java.time.Instant;
import java.util.UUID;

/** The customer left before an agent took the contact, after waiting {@code waitedSeconds}. */
public record ContactAbandoned(UUID contactId, String queueCode, String callerNumber, Long customerId,
                               double waitedSeconds, Instant at) {
}
