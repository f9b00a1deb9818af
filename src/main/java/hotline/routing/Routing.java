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

    QueueLive live(long queueId);

    List<ContactRecord> contacts(ContactQuery query);

    ContactRecord contact(UUID id);

    /** Links a contact to a work order and sets its disposition code (agent desktop, after the call). */
    ContactRecord classify(UUID id, Long workOrderId, String disposition);

    List<IntervalStat> intervalStats(long queueId, Instant from, Instant to, int intervalMinutes);

    List<AgentIntervalStat> agentIntervalStats(long userId, Instant from, Instant to, int intervalMinutes);
}
