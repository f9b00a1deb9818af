package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calibration (校准): several inspectors score the same contact blind, the session's owner (a supervisor or QA lead)
 * scores the reference; once the session closes everybody sees the spread per item against the reference.
 */
public interface Calibrations {

    List<SessionView> list();

    SessionView get(long id);

    SessionView create(@Valid NewSession session);

    /** Closes the session; scores not submitted by then are left out of the report. */
    SessionView close(long id, long version);

    /** The spread of the inspectors' scores per item against the reference; only once the session is closed. */
    Report report(long id);

    record NewSession(@NotBlank @Size(max = 200) String title, @NotNull UUID contactId, @NotNull Long scorecardId,
                      @NotEmpty @Size(max = 30) List<@NotNull Long> inspectorIds) {
    }

    enum Status { OPEN, CLOSED }

    /** A session; {@code participants} lists who scored (their scores only in the report). */
    record SessionView(long id, String title, UUID contactId, Long agentId, String agentName, String queueCode,
                       Instant contactAt, long scorecardVersionId, String scorecardName, int scorecardNumber,
                       Status status, String createdByName, Instant createdAt, Instant closedAt, long version,
                       List<Participant> participants) {
        public SessionView {
            participants = List.copyOf(participants);
        }
    }

    record Participant(long evaluationId, long inspectorId, String inspectorName, boolean reference,
                       EvaluationStatus status) {
    }

    /** Per item: the reference's share, each inspector's share, the spread (max − min) and the mean absolute gap. */
    record Report(SessionView session, Double referenceTotal, List<InspectorRow> inspectors, List<ItemRow> items) {
        public Report {
            inspectors = List.copyOf(inspectors);
            items = List.copyOf(items);
        }
    }

    record InspectorRow(long inspectorId, String inspectorName, Double total, Double gapToReference) {
    }

    record ItemRow(String itemCode, String itemName, Double reference, List<Double> scores, Double spread,
                   Double meanGap) {
        public ItemRow {
            scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
        }
    }
}
