package hotline.quality.internal;

import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.ItemScore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An evaluation's row and its item scores. Every status change goes through {@link #move}, which asks the transition
 * table; deadlines (the assignment's due time, the end of the appeal window) are stored and the nearest pending one
 * is kept in {@code nextDueAt} for the sweeper (ADR 0008).
 */
class Evaluation {

    long id;
    EvaluationView.Kind kind;
    Long calibrationId;
    UUID contactId;
    Long agentId;
    String agentName;
    Long teamId;
    String teamName;
    String queueCode;
    Instant contactAt;
    Double talkSeconds;
    Long workOrderId;
    EvaluationView.Source source;
    Long planId;
    long scorecardVersionId;
    long inspectorId;
    String inspectorName;
    EvaluationStatus status;
    Double total;
    String result;
    boolean fatal;
    String comment;
    Instant assignedAt;
    Instant dueAt;
    boolean overdue;
    Instant startedAt;
    Instant submittedAt;
    Instant acknowledgedAt;
    Instant appealDueAt;
    Instant appealedAt;
    String appealReason;
    Long arbiterId;
    String arbiterName;
    String arbitrationNote;
    Instant arbitratedAt;
    boolean scoreChanged;
    Instant closedAt;
    Instant nextDueAt;
    Instant updatedAt;
    long version;
    /** Item code → score, in scorecard order once loaded. */
    Map<String, ItemScore> scores = new LinkedHashMap<>();

    EvaluationStatus move(EvaluationAction action, Instant now) {
        var from = status;
        status = Transitions.target(action, status, id);
        updatedAt = now;
        return from;
    }

    void planDue() {
        if (EvaluationStatus.OPEN.contains(status)) {
            nextDueAt = overdue ? null : dueAt;
        } else if (status == EvaluationStatus.SUBMITTED && kind == EvaluationView.Kind.REGULAR) {
            nextDueAt = appealDueAt;
        } else {
            nextDueAt = null;
        }
    }

    boolean passed() {
        return "PASS".equals(result);
    }

    /** What the audit trail keeps of a change: the status and the score, item by item. */
    record AuditState(EvaluationStatus status, Double total, String result, boolean fatal, Map<String, ItemScore> scores) {
    }

    AuditState auditState() {
        return new AuditState(status, total, result, fatal, Map.copyOf(scores));
    }
}
