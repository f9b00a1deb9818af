package hotline.desk;

import hotline.platform.mask.PhoneMask;
import hotline.routing.AgentState;
import hotline.routing.Floor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the live streams carry: small rows, equal when nothing a screen shows changed, so the projector publishes only
 * the rows that differ. Instants travel as epoch milliseconds; screens count timers up and down by themselves.
 */
final class DeskRows {

    private DeskRows() {
    }

    /** One batch of changed rows; {@code changedAfter} is when the projector last looked (delay measurements). */
    record Batch<T>(long sentAt, long changedAfter, List<T> rows) {
    }

    record QueueRow(long id, String code, String name, int waiting, Long oldestWaitingSince, long offered,
                    long answered, long abandoned, Double serviceLevel, long intervalStart, long intervalOffered,
                    long intervalAnswered, long intervalAbandoned, Double intervalServiceLevel, int targetPercent,
                    int targetSeconds, int ready, int busy, int wrapUp, int notReady) {

        static QueueRow of(Floor.Queue q, String name, int targetPercent) {
            var by = q.agentsByState();
            return new QueueRow(q.queueId(), q.code(), name, q.waiting(), millis(q.oldestWaitingSince()), q.offered(),
                    q.answered(), q.abandoned(), q.serviceLevel(), q.intervalStart().toEpochMilli(),
                    q.intervalOffered(), q.intervalAnswered(), q.intervalAbandoned(), q.intervalServiceLevel(),
                    targetPercent, q.serviceLevelSeconds(), by.getOrDefault(AgentState.READY, 0),
                    by.getOrDefault(AgentState.RESERVED, 0) + by.getOrDefault(AgentState.ON_CONTACT, 0),
                    by.getOrDefault(AgentState.WRAP_UP, 0), by.getOrDefault(AgentState.NOT_READY, 0));
        }
    }

    /** An agent on the wallboard: the caller's number is masked (a wallboard is a shared screen, ADR 0090). */
    record AgentRow(long id, String username, String name, Long teamId, AgentState state, String reason, long since,
                    Long wrapUpEndsAt, String contactStatus, String queueCode, String queueName, String caller,
                    Long contactSince, boolean onHold) {

        static AgentRow of(Floor.Agent a, String name, Long teamId, java.util.function.UnaryOperator<String> queueName) {
            var c = a.contact();
            return new AgentRow(a.userId(), a.username(), name, teamId, a.state(), a.reasonCode(),
                    a.since().toEpochMilli(), millis(a.wrapUpEndsAt()), c == null ? null : c.status().name(),
                    c == null ? null : c.queueCode(), c == null ? null : queueName.apply(c.queueCode()),
                    c == null ? null : PhoneMask.mask(c.callerNumber()),
                    c == null ? null : millis(c.answeredAt() != null ? c.answeredAt() : c.waitingSince()),
                    c != null && c.onHold());
        }
    }

    /** The agent's own desktop: their state and the contact in full (they talk to the caller). */
    record DeskRow(long id, AgentState state, String reason, long since, AgentState pendingState, Long wrapUpEndsAt,
                   DeskContact contact) {

        static DeskRow of(Floor.Agent a, java.util.function.UnaryOperator<String> queueName) {
            var c = a.contact();
            return new DeskRow(a.userId(), a.state(), a.reasonCode(), a.since().toEpochMilli(), a.pendingState(),
                    millis(a.wrapUpEndsAt()), c == null ? null : new DeskContact(c.id(), c.queueCode(),
                    queueName.apply(c.queueCode()), c.status().name(), c.callerNumber(), c.customerId(), millis(c.waitingSince()),
                    millis(c.answeredAt()), c.onHold()));
        }
    }

    record DeskContact(UUID id, String queueCode, String queueName, String status, String callerNumber,
                       Long customerId, Long waitingSince, Long answeredAt, boolean onHold) {
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
