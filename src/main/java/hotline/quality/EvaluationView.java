package hotline.quality;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An evaluation as one person may see it: the contact's facts copied at sampling, the scorecard version it is scored
 * with, the scores item by item, the appeal and its arbitration, and the actions the person may take now.
 */
public record EvaluationView(long id, Kind kind, Long calibrationId, UUID contactId, Long agentId, String agentName,
                             Long teamId, String teamName, String queueCode, Instant contactAt, Double talkSeconds,
                             Long workOrderId, Source source, Long planId, long scorecardVersionId,
                             String scorecardName, int scorecardNumber, long inspectorId, String inspectorName,
                             EvaluationStatus status, Double total, Boolean passed, boolean fatal, String comment,
                             Instant assignedAt, Instant dueAt, boolean overdue, Instant submittedAt,
                             Instant acknowledgedAt, Instant appealDueAt, Instant appealedAt, String appealReason,
                             String arbiterName, String arbitrationNote, Instant arbitratedAt, boolean scoreChanged,
                             Instant closedAt, long version, List<Score> scores, Set<EvaluationAction> actions) {

    public EvaluationView {
        scores = List.copyOf(scores);
        actions = Set.copyOf(actions);
    }

    public enum Kind {
        /** Sampled or assigned: goes to the agent. */
        REGULAR,
        /** One inspector's blind score in a calibration session. */
        CALIBRATION,
        /** The calibration session's reference score. */
        REFERENCE
    }

    /** Why the contact was picked (抽检规则). */
    public enum Source {
        PERCENT, COMPLAINT, LONG_CONTACT, LOW_SATISFACTION, FLAGGED, MANUAL, CALIBRATION
    }

    /** One item's score with what it earned ({@code earned}: share of the item's weight, null when N/A). */
    public record Score(String itemCode, String sectionName, String itemName, Double value, boolean na,
                        Double earned, boolean lost, boolean fatal, String comment, Long atMillis) {
    }

    public Score score(String itemCode) {
        return scores.stream().filter(s -> s.itemCode().equals(itemCode)).findFirst().orElse(null);
    }

    public boolean can(EvaluationAction action) {
        return actions.contains(action);
    }
}
