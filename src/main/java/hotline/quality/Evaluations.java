package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Evaluations (质检评分) through their lifecycle (ADR 0081): inspectors score their assignments item by item and
 * submit; the agent sees the result, acknowledges or appeals (申诉) within the appeal window; a supervisor arbitrates.
 * Every change is checked against the transition table and the version the sender read, and audited.
 */
public interface Evaluations {

    /** A supervisor assigns a contact by hand; without an inspector the least loaded one gets it. */
    EvaluationView assign(@Valid NewAssignment assignment);

    EvaluationView get(long id);

    List<EvaluationView> list(@Valid Filter filter);

    /** The signed-in inspector's open assignments, earliest due first. */
    List<EvaluationView> myAssignments();

    /** The signed-in agent's released evaluations, newest first. */
    List<EvaluationView> mine();

    /** Appeals waiting for arbitration (supervisors). */
    List<EvaluationView> appeals();

    EvaluationView save(long id, @Valid ScoreSheet sheet);

    EvaluationView submit(long id, @Valid ScoreSheet sheet);

    EvaluationView acknowledge(long id, long version);

    EvaluationView appeal(long id, @Valid Appeal appeal);

    EvaluationView arbitrate(long id, @Valid Arbitration arbitration);

    EvaluationView reassign(long id, long version, long inspectorId);

    EvaluationView cancel(long id, long version, String reason);

    record NewAssignment(@NotNull UUID contactId, @NotNull Long scorecardId, Long inspectorId, Integer dueDays) {
    }

    record ScoreSheet(@NotNull Long version, @NotNull List<@Valid ItemScore> scores, @Size(max = 2000) String comment) {
        public ScoreSheet {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }
    }

    record Appeal(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The arbiter's verdict: new scores for the items they change (empty: the score stands) and the reasons. */
    record Arbitration(@NotNull Long version, List<@Valid ItemScore> scores, @NotBlank @Size(max = 2000) String note) {
        public Arbitration {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }
    }

    /** Filters; all optional. Results are limited to the caller's scope, newest first. */
    record Filter(EvaluationStatus status, Long agentId, Long teamId, Long inspectorId, Instant from, Instant to,
                  Integer limit) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }
}
