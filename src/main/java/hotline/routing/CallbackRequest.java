package hotline.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * A caller owed a call back (回呼): they left {@code queueName} for a callback when it overflowed, at
 * {@code requestedAt}. The number is masked for roles that need not see it; {@code version} guards the follow-up
 * against two agents calling the same person.
 */
public record CallbackRequest(UUID contactId, long queueId, String queueName, String callerNumber, Long customerId,
                              Instant requestedAt, Status status, int attempts, Instant lastAttemptAt,
                              Long lastAgentId, long version) {

    public enum Status {
        /** Waiting for an agent to call. */
        OPEN,
        /** The caller was reached. */
        DONE,
        /** Not reached after the configured attempts. */
        UNREACHABLE
    }
}
