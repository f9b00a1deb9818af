package hotline.routing;

import hotline.telephony.MonitorMode;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The routing module's front door. Queues and reason codes are configured by administrators; agents change their own
 * state, team leads those of their team's agents (and move them between queues), supervisors anyone's (and monitor
 * them through the telephony port). Everyone signed in may read queues and live figures.
 */
public interface Routing {

    List<QueueView> queues();

    QueueView queue(long id);

    QueueView createQueue(@Valid QueueDraft draft);

    /** Applies an edit made on {@code draft.version()}; a newer version answers 409. */
    QueueView updateQueue(long id, @Valid QueueDraft draft);

    List<ReasonCodeView> reasonCodes();

    ReasonCodeView reasonCode(long id);

    ReasonCodeView createReasonCode(@Valid ReasonCodeDraft draft);

    ReasonCodeView updateReasonCode(long id, @Valid ReasonCodeDraft draft);

    AgentStatus agent(long userId);

    List<AgentStatus> agents();

    /** 409 for a move the state table forbids; while on a contact the move waits until after wrap-up. */
    AgentStatus changeState(long userId, @Valid StateChange change);

    /** The queues the agent takes contacts from; empty: every queue their skills qualify for. */
    AgentStatus assignQueues(long userId, List<Long> queueIds);

    /** Calls the supervisor's endpoint and lets them listen, whisper or barge on the agent's current call. */
    void monitor(long agentUserId, String supervisorEndpoint, MonitorMode mode);

    /**
     * Force release (强拆): a supervisor, or the agent's team lead, ends the agent's current call as if the agent had
     * hung up (the agent wraps up); audited. 409 naming the state when the agent is not on a call.
     */
    AgentStatus forceRelease(long agentUserId);

    QueueLive live(long queueId);

    // ---- call control from the agent desktop: an agent controls only their own current contact ----------------------

    /** Answers the contact ringing on the agent's phone (through the switch); 409 naming the state when none rings. */
    AgentStatus answer(long agentUserId);

    /** Puts the caller on hold (music); 409 when there is no connected call or it is already held. */
    AgentStatus hold(long agentUserId);

    AgentStatus resume(long agentUserId);

    /** Ends the agent's call: the contact ends as handled and the agent wraps up. */
    AgentStatus hangUp(long agentUserId);

    /**
     * The agent calls a customer back (ADR 0093): their own phone rings first, then the customer's in the same call;
     * the call is an outbound contact of the callback queue, linked to {@code workOrderId}. Only for the agent
     * themselves, when free (READY or NOT_READY); 409 naming the state otherwise. The caller (the desk) has already
     * checked that the agent may call this number.
     */
    AgentStatus dial(long agentUserId, String number, Long customerId, Long workOrderId);

    /** Transfers the caller to a ready agent, a queue or an outside number; the agent's part ends as transferred. */
    AgentStatus transfer(long agentUserId, @Valid Transfer transfer);

    /** Today's figures of one agent: the agent themselves, their team lead, supervisors, managers. */
    AgentDay agentDay(long agentUserId);

    /** Every queue and agent at one instant (wallboards, desktops); no data-scope filtering: callers narrow it. */
    Floor floor();

    /** How many changes the router has made so far: cheap, for a reader deciding whether to take a new {@link #floor}. */
    long decisions();

    List<ContactRecord> contacts(ContactQuery query);

    ContactRecord contact(UUID id);

    /** Links a contact to a work order and sets its disposition code (agent desktop, after the call). */
    ContactRecord classify(UUID id, Long workOrderId, String disposition);

    List<IntervalStat> intervalStats(long queueId, Instant from, Instant to, int intervalMinutes);

    List<AgentIntervalStat> agentIntervalStats(long userId, Instant from, Instant to, int intervalMinutes);

    /**
     * Every queue's inbound figures for the contacts that arrived in [from, to), summed from the 15-minute interval
     * statistics that start in that range (so a period of whole quarter-hours, of any length, in any time zone).
     */
    List<QueueTotals> queueTotals(Instant from, Instant to);
}
