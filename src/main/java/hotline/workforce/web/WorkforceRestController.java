package hotline.workforce.web;

import hotline.workforce.Adherence;
import hotline.workforce.Forecasts;
import hotline.workforce.Schedules;
import hotline.workforce.ShiftRequests;
import hotline.workforce.StaffingCalculator;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Workforce", description = "Forecasts, Erlang staffing, schedules, requests, adherence")
@RestController
@RequestMapping("/api/v1/workforce")
class WorkforceRestController {

    private final Forecasts forecasts;
    private final StaffingCalculator staffing;
    private final Schedules schedules;
    private final ShiftRequests requests;
    private final Adherence adherence;

    WorkforceRestController(Forecasts forecasts, StaffingCalculator staffing, Schedules schedules,
                            ShiftRequests requests, Adherence adherence) {
        this.forecasts = forecasts;
        this.staffing = staffing;
        this.schedules = schedules;
        this.requests = requests;
        this.adherence = adherence;
    }

    /** The stateless forecaster: history in, method, backtest error and the next intervals out. */
    @PostMapping("/forecasts")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    Forecasts.ForecastAnswer forecast(@Valid @RequestBody Forecasts.ForecastRequest request) {
        return forecasts.forecast(request);
    }

    @GetMapping("/queues/{queue}/forecast")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    Forecasts.QueueForecast queueForecast(@PathVariable String queue,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(defaultValue = "7") @Min(1) @Max(42) int days) {
        return forecasts.forecastQueue(queue, from, days);
    }

    /** The Erlang C / Erlang A calculator. */
    @GetMapping("/staffing")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    StaffingCalculator.StaffingAnswer staffing(
            @RequestParam @NotNull @PositiveOrZero Double contacts,
            @RequestParam @NotNull @Min(1) @Max(1440) Integer intervalMinutes,
            @RequestParam @NotNull @Positive Double ahtSeconds,
            @RequestParam(defaultValue = "0.8") @DecimalMin("0.0") @DecimalMax("0.999") Double serviceLevel,
            @RequestParam(defaultValue = "20") @PositiveOrZero Double targetSeconds,
            @RequestParam(required = false) @Positive Double asaSeconds,
            @RequestParam(required = false) @Positive Double patienceSeconds,
            @RequestParam(required = false) @DecimalMin("0.01") @DecimalMax("1.0") Double maxOccupancy,
            @RequestParam(required = false) @DecimalMin("0.0") @DecimalMax("0.95") Double shrinkage) {
        return staffing.calculate(new StaffingCalculator.StaffingQuestion(contacts, intervalMinutes, ahtSeconds,
                serviceLevel, targetSeconds, asaSeconds, patienceSeconds, maxOccupancy, shrinkage));
    }

    @GetMapping("/schedules")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<Schedules.ScheduleView> schedules() {
        return schedules.list();
    }

    @GetMapping("/schedules/{id}")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    Schedules.ScheduleView schedule(@PathVariable long id) {
        return schedules.get(id);
    }

    @GetMapping("/schedules/{id}/shifts")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<Schedules.ShiftView> shifts(@PathVariable long id) {
        return schedules.shifts(id);
    }

    @GetMapping("/schedules/{id}/progress")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    Schedules.Progress progress(@PathVariable long id) {
        return schedules.progress(id);
    }

    @GetMapping("/schedules/{id}/violations")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<Schedules.Violation> violations(@PathVariable long id) {
        return schedules.explain(id);
    }

    @GetMapping("/my-shifts")
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<Schedules.ShiftView> myShifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedules.mine(from, to);
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AGENT')")
    ShiftRequests.ShiftRequestView request(@Valid @RequestBody ShiftRequests.NewShiftRequest request) {
        return requests.request(request);
    }

    @GetMapping("/requests/mine")
    @PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<ShiftRequests.ShiftRequestView> myRequests() {
        return requests.mine();
    }

    @GetMapping("/requests/pending")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<ShiftRequests.ShiftRequestView> pending() {
        return requests.pending();
    }

    record Decision(@NotNull Boolean approve, String note, @NotNull Long version) {
    }

    @PostMapping("/requests/{id}/decision")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    ShiftRequests.ShiftRequestView decide(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return requests.decide(id, decision.approve(), decision.note(), decision.version());
    }

    @GetMapping("/adherence")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    List<Adherence.AgentAdherence> adherence(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return adherence.board(day);
    }

    @GetMapping("/queues/{queue}/intraday")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
    Adherence.Intraday intraday(@PathVariable String queue,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return adherence.intraday(queue, day);
    }
}
