package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A contact as the router holds it: mutable, touched only on the router's thread. */
final class RContact {

    final UUID id;
    final Channel channel;
    final long seq;
    /** The switch's call; for an outbound contact known only once the agent's phone answers the dial. */
    String callId;
    final String legId;
    final String callerNumber;
    final String calledNumber;
    final int priority;
    final Long customerId;
    final Instant arrivedAt;
    /** When the wait that counts began: kept across overflow and re-queueing. */
    final Instant waitingSince;

    RQueue queue;
    ContactStatus status = ContactStatus.QUEUED;
    boolean requeued;
    boolean relaxed;
    final Set<RAgent> offeredTo = new LinkedHashSet<>();
    RAgent agent;
    Instant routedAt;
    Instant answeredAt;
    Instant endedAt;
    Outcome outcome;
    Long workOrderId;
    String disposition;
    int offers;
    int noAnswers;
    /** While the customer is on hold: since when; the finished holds add up in {@link #holdMillis}. */
    Instant heldSince;
    long holdMillis;
    boolean transferred;
    /** A call the agent placed (callback, ADR 0093); {@link #reached} once the customer answered it. */
    boolean outbound;
    boolean reached;

    RContact(UUID id, Channel channel, long seq, String callId, String legId, String callerNumber,
             String calledNumber, int priority, Long customerId, Instant arrivedAt, Instant waitingSince) {
        this.id = id;
        this.channel = channel;
        this.seq = seq;
        this.callId = callId;
        this.legId = legId;
        this.callerNumber = callerNumber;
        this.calledNumber = calledNumber;
        this.priority = priority;
        this.customerId = customerId;
        this.arrivedAt = arrivedAt;
        this.waitingSince = waitingSince;
    }

    /** Queue priority plus the contact's own (VIP, sensitive): higher goes first. */
    int effectivePriority() {
        return queue.rules.priority() + priority;
    }

    ContactSnapshot snapshot() {
        return new ContactSnapshot(id, channel, queue.rules.id(), queue.rules.code(), status, callId, legId,
                callerNumber, calledNumber, priority, customerId, workOrderId, arrivedAt, waitingSince, routedAt,
                answeredAt, endedAt, agent == null ? null : agent.id, outcome, disposition, offers, noAnswers,
                answeredAt == null ? null : Duration.between(waitingSince, answeredAt), holdMillis / 1000.0,
                transferred, outbound);
    }

    @Override
    public String toString() {
        return "contact " + id + " (" + status + ")";
    }
}
