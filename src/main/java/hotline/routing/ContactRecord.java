package hotline.routing;

import hotline.organization.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact's record: the facts reports, workforce management and quality build on. Talk is the agent's part (until
 * the hang-up or the transfer) and includes hold; wrap-up is the agent's after-call work, null until it ends. An
 * outbound contact is a call an agent placed (a callback, ADR 0093): its caller number is the customer's, its wait
 * the customer's ringing, its answer the customer's.
 */
public record ContactRecord(UUID id, Channel channel, long queueId, String queueCode, ContactStatus status,
                            String callerNumber, String calledNumber, int priority, Long customerId,
                            Long workOrderId, Instant arrivedAt, Instant routedAt, Instant answeredAt,
                            Instant endedAt, Long agentId, Outcome outcome, String disposition,
                            Double waitSeconds, Double talkSeconds, double holdSeconds,
                            Double wrapUpSeconds, int offers,
                            int noAnswers, boolean transferred, boolean outbound) {
}
