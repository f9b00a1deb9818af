package hotline.workforce.internal.staffing;

/**
 * What a queue with {@code agents} agents delivers: the share of calls answered within the target, the probability
 * that a caller waits at all, the average speed of answer (seconds, answered calls), agent occupancy and, for Erlang
 * A, the probability that a caller abandons.
 */
public record QueueMetrics(int agents, double serviceLevel, double probabilityOfWaiting,
                           double averageSpeedOfAnswerSeconds, double occupancy, double probabilityOfAbandon) {
}
