package hotline.quality;

import java.time.Instant;
import java.util.UUID;

/**
 * An evaluation's score is final for now: submitted to the agent, or changed by arbitration ({@code rescored}).
 * Performance appraisal and reports react to it.
 */
public record EvaluationCompleted(long evaluationId, UUID contactId, Long agentId, Long teamId, double total,
                                  boolean passed, boolean fatal, boolean rescored, Instant at) {
}
