package hotline.workforce;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Required agents per interval: Erlang C (service level and ASA targets) or Erlang A when callers' patience is
 * known, with maximum occupancy and shrinkage. The same calculator serves the what-if page and the API.
 */
public interface StaffingCalculator {

    StaffingAnswer calculate(StaffingQuestion question);

    /** What exactly {@code agents} agents deliver for the question's traffic (the what-if table). */
    StaffingAnswer evaluate(StaffingQuestion question, int agents);

    /** Required agents per interval of a queue's forecast, with the queue's target and patience from history. */
    List<Requirement> requirement(String queueCode, LocalDate from, int days);

    /** Mean patience of a queue's callers (seconds), estimated from abandoned calls; null without abandonment data. */
    Double patienceSeconds(String queueCode);

    QueueSettings settings(String queueCode);

    QueueSettings saveSettings(QueueSettings settings);

    record StaffingQuestion(@NotNull @PositiveOrZero Double contacts, @NotNull @Min(1) @Max(1440) Integer intervalMinutes,
                            @NotNull @Positive Double ahtSeconds,
                            @NotNull @DecimalMin("0.0") @DecimalMax("0.999") Double serviceLevel,
                            @NotNull @PositiveOrZero Double targetSeconds, @Positive Double asaSeconds,
                            @Positive Double patienceSeconds,
                            @DecimalMin("0.01") @DecimalMax("1.0") Double maxOccupancy,
                            @DecimalMin("0.0") @DecimalMax("0.95") Double shrinkage) {
    }

    /** {@code model} is ERLANG_C or ERLANG_A; {@code scheduledAgents} only when shrinkage was given. */
    record StaffingAnswer(String model, int agents, double serviceLevel, double probabilityOfWaiting,
                          double averageSpeedOfAnswerSeconds, double occupancy, Double probabilityOfAbandon,
                          double offeredLoadErlangs, Integer scheduledAgents) {
    }

    record Requirement(Instant start, double contacts, double ahtSeconds, int agents, int scheduledAgents,
                       double serviceLevel) {
    }

    record QueueSettings(String queueCode, int intervalMinutes, double serviceLevel, int targetSeconds,
                         Double maxOccupancy, double shrinkage, boolean erlangA, long version) {
    }
}
