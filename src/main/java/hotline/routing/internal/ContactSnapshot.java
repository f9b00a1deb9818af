package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An immutable copy of a contact for the journal and for rebuilding. */
record ContactSnapshot(UUID id, Channel channel, long queueId, String queueCode, ContactStatus status, String callId,
                       String legId, String callerNumber, String calledNumber, int priority, Long customerId,
                       Long workOrderId, Instant arrivedAt, Instant waitingSince, Instant routedAt,
                       Instant answeredAt, Instant endedAt, Long agentId, Outcome outcome, String disposition,
                       int offers, int noAnswers, Duration waitToAnswer, double holdSeconds,
                       boolean transferred, boolean outbound) {
}
