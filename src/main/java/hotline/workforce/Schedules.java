package hotline.workforce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Shift templates, contracts, availability and leave; schedules of 1 to 6 weeks built by the solver against the
 * staffing requirement, explained, published, and shown to each agent. Leads, supervisors, managers and
 * administrators manage; an agent sees their own published shifts.
 */
public interface Schedules {

    List<TemplateView> templates();

    TemplateView saveTemplate(@NotNull TemplateForm form);

    List<ContractView> contracts();

    ContractView saveContract(@NotNull ContractView contract);

    /** Agents with their contract and standing preference. */
    List<AgentContractView> agentContracts();

    void assignContract(long userId, String contractCode, boolean avoidNights);

    List<AvailabilityView> availability(LocalDate from, LocalDate to);

    void setAvailability(long userId, LocalDate day, AvailabilityKind kind, String note);

    void clearAvailability(long id);

    /** Creates a draft: the requirement per interval comes from the queues' forecasts and staffing. */
    ScheduleView create(@NotNull NewSchedule schedule);

    List<ScheduleView> list();

    ScheduleView get(long id);

    /** Starts the solver in the background; progress is polled with {@link #progress(long)}. */
    ScheduleView solve(long id, int secondsLimit);

    /** Stops the solver; the best schedule found so far is kept. */
    void stop(long id);

    Progress progress(long id);

    ScheduleView publish(long id, long version);

    /** The shifts of a schedule, per agent. */
    List<ShiftView> shifts(long id);

    /** Requirement and coverage per interval of a schedule. */
    List<CoveragePoint> coverage(long id);

    /** The constraints a schedule still breaks, with what and whom each match concerns. */
    List<Violation> explain(long id);

    /** The signed-in agent's published shifts between the two days. */
    List<ShiftView> mine(LocalDate from, LocalDate to);

    /** Published shifts of everybody between the two days (leads), for adherence and the roster grid. */
    List<ShiftView> published(LocalDate from, LocalDate to);

    enum Status { DRAFT, SOLVING, SOLVED, PUBLISHED, WITHDRAWN }

    enum AvailabilityKind { LEAVE, UNAVAILABLE, PREFER_OFF }

    record TemplateForm(Long id, @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9_-]{0,31}$") String code,
                        @NotBlank @Size(max = 100) String name, @NotNull LocalTime earliestStart,
                        @NotNull LocalTime latestStart, @NotNull @Min(15) @Max(240) Integer startStepMinutes,
                        @NotNull @Min(60) @Max(720) Integer lengthMinutes,
                        @NotNull @PositiveOrZero Integer mealMinutes, @NotNull @PositiveOrZero Integer breakMinutes,
                        String requiredSkill, boolean active, Long version) {
    }

    record TemplateView(long id, String code, String name, LocalTime earliestStart, LocalTime latestStart,
                        int startStepMinutes, int lengthMinutes, int mealMinutes, int breakMinutes,
                        String requiredSkill, boolean active, long version) {
    }

    record ContractView(Long id, @NotBlank String code, @NotBlank String name, @Min(60) int minutesPerWeek,
                        @PositiveOrZero int minRestMinutes, @Min(1) @Max(14) int maxConsecutiveDays,
                        @Min(0) @Max(7) int minDaysOffPerWeek, Long version) {
    }

    record AgentContractView(long userId, String username, String displayName, String contractCode,
                             boolean avoidNights, Set<String> skills) {
    }

    record AvailabilityView(long id, long userId, String displayName, LocalDate day, AvailabilityKind kind,
                            String note) {
    }

    record NewSchedule(@NotBlank @Size(max = 100) String name, @NotNull LocalDate firstDay,
                       @NotNull @Min(1) @Max(6) Integer weeks, @NotEmpty List<String> queues) {
    }

    record ScheduleView(long id, String name, LocalDate firstDay, int weeks, int intervalMinutes, List<String> queues,
                        Status status, String score, Long underCoverage, Long overCoverage, Long lowerBound,
                        String createdBy, Instant createdAt, Instant publishedAt, long version) {
        public LocalDate lastDay() {
            return firstDay.plusDays(7L * weeks - 1);
        }
    }

    /** Live state of a solve: best score so far and how under-coverage compares with its lower bound. */
    record Progress(long scheduleId, Status status, boolean solving, String bestScore, Long underCoverage,
                    Long lowerBound, long secondsSpent, int improvements) {
    }

    record ShiftView(long scheduleId, long userId, String displayName, LocalDate day, String templateCode,
                     Instant startsAt, Instant endsAt, int paidMinutes, String pauses) {
    }

    record CoveragePoint(Instant start, int required, int covered) {
    }

    /** {@code rule}: the constraint's name as a message-key code ("Under-coverage" → under-coverage). */
    record Violation(String constraint, String level, long score, int matches, List<String> examples) {
        public String rule() {
            return constraint.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }
}
