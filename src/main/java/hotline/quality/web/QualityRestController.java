package hotline.quality.web;

import hotline.quality.Calibrations;
import hotline.quality.CoachingTasks;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.Evaluations;
import hotline.quality.QualityReports;
import hotline.quality.SamplingPlans;
import hotline.quality.Scorecards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Quality over HTTP: scorecards and versions, sampling plans, evaluations with one {@code POST /{id}/<action>} per
 * step of the lifecycle, calibration sessions, coaching tasks and reports. Illegal steps answer 409 naming the
 * status and the action, stale versions 409 with the current one, invalid fields 400, each named (ADR 0007).
 */
@Tag(name = "Quality", description = "Scorecards, sampling, evaluations, appeals, calibration, coaching, reports")
@RestController
@RequestMapping("/api/v1/quality")
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA')")
class QualityRestController {

    private final Scorecards scorecards;
    private final SamplingPlans plans;
    private final Evaluations evaluations;
    private final Calibrations calibrations;
    private final CoachingTasks coaching;
    private final QualityReports reports;
    private final hotline.platform.time.CenterTime time;

    QualityRestController(Scorecards scorecards, SamplingPlans plans, Evaluations evaluations,
                          Calibrations calibrations, CoachingTasks coaching, QualityReports reports,
                          hotline.platform.time.CenterTime time) {
        this.time = time;
        this.scorecards = scorecards;
        this.plans = plans;
        this.evaluations = evaluations;
        this.calibrations = calibrations;
        this.coaching = coaching;
        this.reports = reports;
    }

    // scorecards

    @GetMapping("/scorecards")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA','MANAGER','TEAM_LEAD')")
    List<Scorecards.ScorecardView> scorecards() {
        return scorecards.list();
    }

    @GetMapping("/scorecards/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA','MANAGER','TEAM_LEAD')")
    Scorecards.ScorecardView scorecard(@PathVariable long id) {
        return scorecards.get(id);
    }

    @PostMapping("/scorecards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    Scorecards.ScorecardView createScorecard(@Valid @RequestBody Scorecards.NewScorecard scorecard) {
        return scorecards.create(scorecard);
    }

    @Operation(summary = "Replace a scorecard's draft (sections and items); 409 when the version is stale")
    @PutMapping("/scorecards/{id}/draft")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Scorecards.ScorecardView saveDraft(@PathVariable long id, @Valid @RequestBody Scorecards.DraftChange change) {
        return scorecards.saveDraft(id, change);
    }

    @Operation(summary = "Freeze the draft as the next immutable version")
    @PostMapping("/scorecards/{id}/publish")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Scorecards.Version publish(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return scorecards.publish(id, body.version());
    }

    @GetMapping("/scorecard-versions/{id}")
    Scorecards.Version scorecardVersion(@PathVariable long id) {
        return scorecards.version(id);
    }

    // sampling plans

    @GetMapping("/plans")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    List<SamplingPlans.PlanView> plans() {
        return plans.list();
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    SamplingPlans.PlanView plan(@PathVariable long id) {
        return plans.get(id);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    SamplingPlans.PlanView createPlan(@Valid @RequestBody SamplingPlans.PlanDraft draft) {
        return plans.create(draft);
    }

    @PutMapping("/plans/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    SamplingPlans.PlanView updatePlan(@PathVariable long id, @Valid @RequestBody SamplingPlans.PlanDraft draft) {
        return plans.update(id, draft);
    }

    @Operation(summary = "Draw the weekly percentage sample of a week (its Monday); once per plan and week")
    @PostMapping("/plans/{id}/draw")
    @PreAuthorize("hasRole('SUPERVISOR')")
    SamplingPlans.Draw draw(@PathVariable long id, @Valid @RequestBody WeekOnly body) {
        return plans.draw(id, body.weekStart());
    }

    // evaluations

    @GetMapping("/evaluations")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','QA')")
    List<EvaluationView> evaluations(@RequestParam(required = false) EvaluationStatus status,
                                     @RequestParam(required = false) Long agentId,
                                     @RequestParam(required = false) Long teamId,
                                     @RequestParam(required = false) Long inspectorId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                     @RequestParam(required = false) Integer limit) {
        return evaluations.list(new Evaluations.Filter(status, agentId, teamId, inspectorId, from, to, limit));
    }

    @GetMapping("/evaluations/assignments")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR')")
    List<EvaluationView> assignments() {
        return evaluations.myAssignments();
    }

    @GetMapping("/evaluations/mine")
    @PreAuthorize("hasRole('AGENT')")
    List<EvaluationView> mine() {
        return evaluations.mine();
    }

    @GetMapping("/evaluations/appeals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<EvaluationView> appeals() {
        return evaluations.appeals();
    }

    @PostMapping("/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    EvaluationView assign(@Valid @RequestBody Evaluations.NewAssignment assignment) {
        return evaluations.assign(assignment);
    }

    @GetMapping("/evaluations/{id}")
    EvaluationView evaluation(@PathVariable long id) {
        return evaluations.get(id);
    }

    @PostMapping("/evaluations/{id}/save")
    EvaluationView save(@PathVariable long id, @Valid @RequestBody Evaluations.ScoreSheet sheet) {
        return evaluations.save(id, sheet);
    }

    @Operation(summary = "Submit the scores to the agent; every item needs a score or N/A")
    @PostMapping("/evaluations/{id}/submit")
    EvaluationView submit(@PathVariable long id, @Valid @RequestBody Evaluations.ScoreSheet sheet) {
        return evaluations.submit(id, sheet);
    }

    @PostMapping("/evaluations/{id}/acknowledge")
    EvaluationView acknowledge(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return evaluations.acknowledge(id, body.version());
    }

    @Operation(summary = "Appeal (申诉) within the appeal window, with a reason")
    @PostMapping("/evaluations/{id}/appeal")
    EvaluationView appeal(@PathVariable long id, @Valid @RequestBody Evaluations.Appeal appeal) {
        return evaluations.appeal(id, appeal);
    }

    @PostMapping("/evaluations/{id}/arbitrate")
    EvaluationView arbitrate(@PathVariable long id, @Valid @RequestBody Evaluations.Arbitration arbitration) {
        return evaluations.arbitrate(id, arbitration);
    }

    @PostMapping("/evaluations/{id}/reassign")
    EvaluationView reassign(@PathVariable long id, @Valid @RequestBody Reassignment body) {
        return evaluations.reassign(id, body.version(), body.inspectorId());
    }

    @PostMapping("/evaluations/{id}/cancel")
    EvaluationView cancel(@PathVariable long id, @Valid @RequestBody Cancellation body) {
        return evaluations.cancel(id, body.version(), body.reason());
    }

    // calibration

    @GetMapping("/calibrations")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    List<Calibrations.SessionView> calibrations() {
        return calibrations.list();
    }

    @PostMapping("/calibrations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    Calibrations.SessionView createCalibration(@Valid @RequestBody Calibrations.NewSession session) {
        return calibrations.create(session);
    }

    @GetMapping("/calibrations/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    Calibrations.SessionView calibration(@PathVariable long id) {
        return calibrations.get(id);
    }

    @PostMapping("/calibrations/{id}/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Calibrations.SessionView closeCalibration(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return calibrations.close(id, body.version());
    }

    @Operation(summary = "The spread per item against the reference; 409 while the session is open (blind)")
    @GetMapping("/calibrations/{id}/report")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    Calibrations.Report calibrationReport(@PathVariable long id) {
        return calibrations.report(id);
    }

    // coaching

    @GetMapping("/coaching-tasks")
    List<CoachingTasks.CoachingTaskView> coachingTasks(@RequestParam(required = false) CoachingTasks.Status status) {
        return coaching.list(status);
    }

    @PostMapping("/coaching-tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    CoachingTasks.CoachingTaskView createCoachingTask(@Valid @RequestBody CoachingTasks.NewTask task) {
        return coaching.create(task);
    }

    @PostMapping("/coaching-tasks/{id}/complete")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR')")
    CoachingTasks.CoachingTaskView completeCoachingTask(@PathVariable long id,
                                                        @Valid @RequestBody CoachingTasks.Completion completion) {
        return coaching.complete(id, completion);
    }

    // reports

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('MANAGER','SUPERVISOR','QA','TEAM_LEAD')")
    QualityReports.Report report(@RequestParam(defaultValue = "WEEK") QualityReports.Period period,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                 @RequestParam(required = false) Long teamId) {
        return reports.report(period, day == null ? time.today() : day, teamId);
    }

    record VersionOnly(@NotNull Long version) {
    }

    record WeekOnly(@NotNull LocalDate weekStart) {
    }

    record Reassignment(@NotNull Long version, @NotNull Long inspectorId) {
    }

    record Cancellation(@NotNull Long version, @NotBlank String reason) {
    }
}
