package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sampling plans (抽检方案, ADR 0082): which contacts are picked for evaluation — a percentage of each agent's contacts
 * per week, every complaint, every contact longer than N minutes, every contact the customer was dissatisfied with at
 * the callback, every contact automatic inspection flagged — and how long inspectors have to score them.
 * Supervisors manage plans; quality people read them.
 */
public interface SamplingPlans {

    List<PlanView> list();

    PlanView get(long id);

    PlanView create(@Valid PlanDraft draft);

    PlanView update(long id, @Valid PlanDraft draft);

    /** Draws the weekly percentage sample of the week starting {@code weekStart} (a Monday), once per plan and week. */
    Draw draw(long id, LocalDate weekStart);

    record PlanDraft(Long version, @NotBlank @Size(max = 120) String name, @NotNull Long scorecardId,
                     boolean active, @DecimalMin("0") @DecimalMax("100") double weeklyPercent,
                     @Min(1) Integer weeklyCap, boolean complaints, @Min(1) @Max(600) Integer longMinutes,
                     boolean lowSatisfaction, boolean flagged, @Min(1) @Max(60) int dueDays) {
    }

    record PlanView(long id, String name, long scorecardId, String scorecardName, boolean active,
                    double weeklyPercent, Integer weeklyCap, boolean complaints, Integer longMinutes,
                    boolean lowSatisfaction, boolean flagged, int dueDays, Instant updatedAt, long version,
                    List<Draw> draws) {
        public PlanView {
            draws = List.copyOf(draws);
        }
    }

    /** One drawn week: how many contacts the percentage rule picked ({@code alreadyDrawn}: it had been drawn before). */
    record Draw(long planId, LocalDate weekStart, int drawn, boolean alreadyDrawn) {
    }
}
