package hotline.quality;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an evaluation is (ADR 0081): assigned to an inspector, being scored, submitted to the agent, acknowledged by
 * the agent, appealed (申诉) and arbitrated, closed when the appeal window passed, or cancelled before submission.
 */
public enum EvaluationStatus {
    ASSIGNED, IN_PROGRESS, SUBMITTED, ACKNOWLEDGED, APPEALED, ARBITRATED, CLOSED, CANCELLED;

    public static final Set<EvaluationStatus> OPEN = EnumSet.of(ASSIGNED, IN_PROGRESS);

    /** Submitted and later: the agent, their lead and the reports see it. */
    public boolean released() {
        return this != ASSIGNED && this != IN_PROGRESS && this != CANCELLED;
    }

    public boolean terminal() {
        return this == ACKNOWLEDGED || this == ARBITRATED || this == CLOSED || this == CANCELLED;
    }
}
