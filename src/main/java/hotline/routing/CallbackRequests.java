package hotline.routing;

import java.util.List;
import java.util.UUID;

/**
 * Callers owed a call back because their queue overflowed to callback: nothing falls through, each request stays on
 * the desks of the queue's agents until somebody reaches the caller or gives up after the configured attempts
 * ({@code hotline.routing.callback-request-attempts}).
 */
public interface CallbackRequests {

    /**
     * Open requests, oldest first: of the queues routing offers the agent (their assignment, else their skills); all
     * for leads, supervisors and managers.
     */
    List<CallbackRequest> open(int limit);

    /**
     * Calls the caller back for the signed-in agent (their phone rings first, then the caller's, as for work-order
     * callbacks, ADR 0093) and counts the attempt. The request must be open (409), in one of the agent's queues (404
     * otherwise) and still at {@code version} (409 when someone else took it).
     */
    AgentStatus call(UUID contactId, long version);

    /**
     * The outcome of the last call: reached closes the request as done; not reached leaves it open, or closes it as
     * unreachable once the attempts are used up.
     */
    CallbackRequest record(UUID contactId, boolean reached, long version);
}
