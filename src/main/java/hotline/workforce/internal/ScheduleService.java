package hotline.workforce.internal;

import hotline.audit.AuditLog;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.workforce.SchedulePublished;
import hotline.workforce.Schedules;
import hotline.workforce.StaffingCalculator;
import hotline.workforce.internal.schedule.Agent;
import hotline.workforce.internal.schedule.Contract;
import hotline.workforce.internal.schedule.Horizon;
import hotline.workforce.internal.schedule.IntervalDemand;
import hotline.workforce.internal.schedule.Roster;
import hotline.workforce.internal.schedule.ShiftAssignment;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Transactional
class ScheduleService implements Schedules {

    private final ScheduleStore store;
    private final SetupStore setup;
    private final AgentDirectory directory;
    private final StaffingCalculator staffing;
    private final hotline.workforce.Forecasts forecasts;
    private final ScheduleRuns runs;
    private final CenterTime time;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ScheduleService(ScheduleStore store, SetupStore setup, AgentDirectory directory, StaffingCalculator staffing,
                    hotline.workforce.Forecasts forecasts, ScheduleRuns runs, CenterTime time, AuditLog audit, ApplicationEventPublisher events,
                    TransactionTemplate transaction) {
        this.store = store;
        this.setup = setup;
        this.directory = directory;
        this.staffing = staffing;
        this.forecasts = forecasts;
        this.runs = runs;
        this.time = time;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    /** A solve cannot outlive its node: schedules left SOLVING by a stop go back to where they can be solved again. */
    @EventListener(ApplicationReadyEvent.class)
    void releaseInterruptedSolves() {
        store.releaseSolving();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<TemplateView> templates() {
        return setup.templates();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public TemplateView saveTemplate(TemplateForm form) {
        if (form.latestStart().isBefore(form.earliestStart())) {
            throw InvalidInputException.of("latestStart", "AfterEarliest", "must not be before the earliest start");
        }
        var saved = setup.saveTemplate(form);
        audit.record("shift-template", saved.id(), form.id() == null ? "create" : "update",
                "saved shift template " + saved.code(), null, saved);
        return saved;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ContractView> contracts() {
        return setup.contracts();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ContractView saveContract(ContractView contract) {
        var saved = setup.saveContract(contract);
        audit.record("contract", saved.id(), "save", "saved contract " + saved.code(), null, saved);
        return saved;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<AgentContractView> agentContracts() {
        var terms = setup.agentTerms();
        return directory.agents().stream().map(p -> {
            var t = terms.get(p.userId());
            return new AgentContractView(p.userId(), p.username(), p.displayName(), t == null ? null : t.contractCode(),
                    t != null && t.avoidNights(), p.skills());
        }).toList();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void assignContract(long userId, String contractCode, boolean avoidNights) {
        setup.assignContract(userId, contractCode, avoidNights);
        audit.record("agent-contract", userId, "assign", "agent " + userId + " works under " + contractCode, null,
                Map.of("contract", contractCode, "avoidNights", avoidNights));
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<AvailabilityView> availability(LocalDate from, LocalDate to) {
        return setup.availability(from, to, names());
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void setAvailability(long userId, LocalDate day, AvailabilityKind kind, String note) {
        setup.setAvailability(userId, day, kind, note);
        audit.record("availability", userId, "set", "agent " + userId + " " + kind + " on " + day, null, null);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void clearAvailability(long id) {
        if (!setup.clearAvailability(id)) {
            throw new NotFoundException("availability", id);
        }
        audit.record("availability", id, "clear", "cleared availability " + id, null, null);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ScheduleView create(NewSchedule schedule) {
        int minutes = staffing.settings(schedule.queues().get(0)).intervalMinutes();
        int days = schedule.weeks() * 7;
        int[] required = pooledRequirement(schedule, minutes, days);
        long id = store.insert(schedule, minutes, CurrentUser.actor().username(), time.now(), required);
        audit.record("schedule", id, "create", "created schedule " + schedule.name() + " from "
                + schedule.firstDay() + " for " + schedule.weeks() + " weeks", null, schedule);
        return get(id);
    }

    /**
     * One agent group answers all the schedule's queues, so their traffic is pooled before staffing (separate
     * Erlang calculations per queue would staff each queue's idle time twice): contacts are summed per interval,
     * handle time weighted by contacts, and the first queue's target applies (ADR 0042).
     */
    private int[] pooledRequirement(NewSchedule schedule, int minutes, int days) {
        int slots = days * (1440 / minutes);
        double[] contacts = new double[slots];
        double[] workload = new double[slots];
        var dayStart = time.startOfDay(schedule.firstDay());
        for (String queue : schedule.queues()) {
            var forecast = forecasts.forecastQueue(queue, schedule.firstDay(), days);
            for (var p : forecast.forecast()) {
                long index = Duration.between(dayStart, p.start().toInstant()).toMinutes() / minutes;
                if (index >= 0 && index < slots) {
                    double aht = p.ahtSeconds() == null || p.ahtSeconds() <= 0 ? 180 : p.ahtSeconds();
                    // a finer queue interval adds its sub-intervals into the schedule's interval
                    contacts[(int) index] += p.contacts();
                    workload[(int) index] += p.contacts() * aht;
                }
            }
        }
        var settings = staffing.settings(schedule.queues().get(0));
        Double patience = settings.erlangA() ? staffing.patienceSeconds(schedule.queues().get(0)) : null;
        var target = new hotline.workforce.internal.staffing.StaffingTarget(settings.serviceLevel(),
                settings.targetSeconds(), null, settings.maxOccupancy());
        int[] required = new int[slots];
        for (int i = 0; i < slots; i++) {
            if (contacts[i] > 0) {
                required[i] = StaffingService.answer(contacts[i], minutes, workload[i] / contacts[i], patience, target,
                        settings.shrinkage()).scheduledAgents();
            }
        }
        return required;
    }

    /** Solves on the calling thread (demo seeding, tests) and saves the result. */
    public ScheduleView solveAndWait(long id, Duration limit) {
        var schedule = get(id);
        ScheduleLifecycle.check(id, schedule.status(), Status.SOLVING, "solve");
        var roster = roster(schedule);
        long lowerBound = hotline.workforce.internal.schedule.RosterSolving.lowerBound(roster);
        var best = ai.timefold.solver.core.api.solver.SolverFactory.<Roster>create(
                hotline.workforce.internal.schedule.RosterSolving.config(limit)).buildSolver().solve(roster);
        var names = names();
        store.saveSolution(id, best, schedule.firstDay(), time.zone(), names,
                runs.explain(best, describer(schedule, names)), lowerBound, time.now());
        return get(id);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ScheduleView> list() {
        return store.list();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public ScheduleView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("schedule", id));
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ScheduleView solve(long id, int secondsLimit) {
        var schedule = get(id);
        ScheduleLifecycle.check(id, schedule.status(), Status.SOLVING, "solve");
        if (secondsLimit < 5 || secondsLimit > 1800) {
            throw InvalidInputException.of("seconds", "Range", "between 5 and 1800 seconds");
        }
        var roster = roster(schedule);
        store.setStatus(id, Status.SOLVING);
        audit.record("schedule", id, "solve", "started solving schedule " + schedule.name(), null, null);
        var names = names();
        runs.start(id, roster, Duration.ofSeconds(secondsLimit),
                best -> SystemActor.run(() -> transaction.executeWithoutResult(status -> {
                    var violations = runs.explain(best, describer(schedule, names));
                    store.saveSolution(id, best, schedule.firstDay(), time.zone(), names, violations,
                            runs.run(id).map(r -> r.lowerBound).orElse(0L), time.now());
                })),
                (problemId, error) -> transaction.executeWithoutResult(status -> store.setStatus(id, Status.DRAFT)));
        return get(id);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void stop(long id) {
        get(id);
        runs.stop(id);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public Progress progress(long id) {
        var schedule = get(id);
        var run = runs.run(id);
        boolean solving = schedule.status() == Status.SOLVING;
        return new Progress(id, schedule.status(), solving,
                run.map(r -> r.bestScore).filter(s -> !s.isEmpty()).orElse(schedule.score()),
                run.filter(r -> r.underCoverage >= 0).map(r -> r.underCoverage).orElse(schedule.underCoverage()),
                run.map(r -> r.lowerBound).orElse(schedule.lowerBound()),
                run.map(r -> Duration.between(r.startedAt, time.now()).toSeconds()).orElse(0L),
                run.map(r -> r.improvements).orElse(0));
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ScheduleView publish(long id, long version) {
        var schedule = get(id);
        if (schedule.version() != version) {
            throw hotline.platform.ConflictException.staleVersion("schedule", id, version, schedule.version());
        }
        ScheduleLifecycle.check(id, schedule.status(), Status.PUBLISHED, "publish");
        for (var other : store.list()) {
            if (other.id() != id && other.status() == Status.PUBLISHED
                    && !other.firstDay().isAfter(schedule.lastDay()) && !other.lastDay().isBefore(schedule.firstDay())) {
                store.setStatus(other.id(), Status.WITHDRAWN);
                audit.record("schedule", other.id(), "withdraw", "withdrawn: schedule " + id + " covers its days",
                        null, null);
            }
        }
        store.publish(id, CurrentUser.actor().username(), time.now());
        Set<Long> agents = store.shifts(id).stream().map(ShiftView::userId).collect(Collectors.toSet());
        audit.record("schedule", id, "publish", "published schedule " + schedule.name(), null, null);
        events.publishEvent(new SchedulePublished(id, schedule.firstDay(), schedule.lastDay(), agents));
        return get(id);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ShiftView> shifts(long id) {
        get(id);
        return store.shifts(id);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<CoveragePoint> coverage(long id) {
        return store.coverage(get(id), time.zone());
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<Violation> explain(long id) {
        get(id);
        return store.violations(id);
    }

    @Override
    @PreAuthorize(Access.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<ShiftView> mine(LocalDate from, LocalDate to) {
        return store.published(from, to, CurrentUser.require().id());
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ShiftView> published(LocalDate from, LocalDate to) {
        return store.published(from, to, null);
    }

    /** The solver's problem: agents with contracts and availability, the templates' options, the requirement. */
    Roster roster(ScheduleView schedule) {
        var contracts = setup.contractRules();
        var terms = setup.agentTerms();
        Contract fallback = contracts.isEmpty() ? Contract.FULL_TIME : contracts.values().iterator().next();
        var unavailable = new HashMap<Long, Set<Integer>>();
        var avoid = new HashMap<Long, Set<Integer>>();
        for (var a : setup.availability(schedule.firstDay(), schedule.lastDay(), Map.of())) {
            int day = (int) (a.day().toEpochDay() - schedule.firstDay().toEpochDay());
            (a.kind() == AvailabilityKind.PREFER_OFF ? avoid : unavailable)
                    .computeIfAbsent(a.userId(), k -> new HashSet<>()).add(day);
        }
        var agents = new ArrayList<Agent>();
        for (var p : directory.agents()) {
            var t = terms.get(p.userId());
            var contract = t == null ? fallback : contracts.getOrDefault(t.contractCode(), fallback);
            agents.add(new Agent(p.userId(), p.displayName(), p.skills(), contract,
                    unavailable.getOrDefault(p.userId(), Set.of()), avoid.getOrDefault(p.userId(), Set.of()),
                    t != null && t.avoidNights()));
        }
        var options = setup.options();
        if (agents.isEmpty() || options.isEmpty()) {
            throw InvalidInputException.of("schedule", "Inputs", "a schedule needs agents and active shift templates");
        }
        int[] required = store.requirement(schedule.id(), schedule.weeks() * 7 * (1440 / schedule.intervalMinutes()));
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < required.length; i++) {
            demand.add(new IntervalDemand(i, required[i]));
        }
        var horizon = new Horizon(schedule.firstDay(), schedule.weeks() * 7, schedule.intervalMinutes(), demand);
        return new Roster(horizon, agents, options);
    }

    private Map<Long, String> names() {
        return directory.agents().stream()
                .collect(Collectors.toMap(AgentDirectory.Person::userId, AgentDirectory.Person::displayName));
    }

    private Function<Object, String> describer(ScheduleView schedule, Map<Long, String> names) {
        return o -> {
            if (o instanceof ShiftAssignment a) {
                return a.getAgent().name() + " " + schedule.firstDay().plusDays(a.getDay())
                        + (a.getShift() == null ? "" : " " + a.getShift().id());
            }
            if (o instanceof IntervalDemand d) {
                int perDay = 1440 / schedule.intervalMinutes();
                var day = schedule.firstDay().plusDays(d.index() / perDay);
                int minute = d.index() % perDay * schedule.intervalMinutes();
                return day + " " + String.format("%02d:%02d", minute / 60, minute % 60) + " (" + d.required() + ")";
            }
            if (o instanceof Agent a) {
                return a.name();
            }
            return String.valueOf(o);
        };
    }
}
