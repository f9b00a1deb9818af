package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Coaching (辅导): tasks created from an evaluation for the agent's team lead, who coaches the agent and records the
 * outcome. Inspectors and supervisors create them; leads see their own, supervisors and managers all.
 */
public interface CoachingTasks {

    CoachingTaskView create(@Valid NewTask task);

    List<CoachingTaskView> list(Status status);

    List<CoachingTaskView> ofEvaluation(long evaluationId);

    CoachingTaskView complete(long id, @Valid Completion completion);

    enum Status { OPEN, DONE }

    record NewTask(@NotNull Long evaluationId, @NotBlank @Size(max = 1000) String focus, LocalDate dueDate) {
    }

    record Completion(@NotNull Long version, @NotBlank @Size(max = 2000) String outcome) {
    }

    record CoachingTaskView(long id, long evaluationId, long agentId, String agentName, Long teamId, Long leadId,
                            String leadName, String focus, Status status, String createdByName, Instant createdAt,
                            LocalDate dueDate, Instant doneAt, String outcome, long version) {
    }
}
