package hotline.routing;

import java.time.Instant;

/**
 * A queue's figures for one 15- or 30-minute interval: service level = answered within the target / (answered +
 * abandoned after the target); ASA the mean wait of answered contacts; AHT the mean handling time (talk, hold
 * included, plus wrap-up) of the answered contacts; contacts count in the interval they arrived in; occupancy of the agents who could take the queue is in the per-agent statistics.
 */
public record IntervalStat(long queueId, int intervalMinutes, Instant intervalStart, int offered, int answered,
                           int abandoned, int answeredInTarget, Double serviceLevel, Double asaSeconds,
                           Double ahtSeconds, Double longestWaitSeconds) {
}
