package hotline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole floor at one instant, read in one step on the router's thread: every queue's live figures (today and the
 * current 30-minute interval) and every agent's state with the contact they ring, talk or wrap up for. Wallboards and
 * agent desktops are drawn from it; {@code decisions} counts the router's changes so far, so a reader can tell cheaply
 * whether anything moved since its last picture.
 */
public record Floor(Instant at, long decisions, List<Queue> queues, List<Agent> agents) {

    /**
     * A queue right now. {@code oldestWaitingSince} lets a screen count the longest wait up by itself; service levels
     * are null before any contact counts.
     */
    public record Queue(long queueId, String code, int waiting, Instant oldestWaitingSince,
                        long offered, long answered, long abandoned, Double serviceLevel,
                        Instant intervalStart, long intervalOffered, long intervalAnswered, long intervalAbandoned,
                        Double intervalServiceLevel, int serviceLevelSeconds,
                        Map<AgentState, Integer> agentsByState) {
    }

    /** An agent right now; {@code wrapUpEndsAt} is set in wrap-up, {@code contact} while ringing, talking or wrapping up. */
    public record Agent(long userId, String username, AgentState state, String reasonCode, Instant since,
                        AgentState pendingState, Instant wrapUpEndsAt, List<Long> queueIds, Contact contact) {
    }

    /** The contact an agent is busy with (ENDED during its wrap-up). */
    public record Contact(UUID id, String queueCode, ContactStatus status, String callerNumber, Long customerId,
                          Instant waitingSince, Instant answeredAt, boolean onHold) {
    }
}
