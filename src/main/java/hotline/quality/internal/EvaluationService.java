package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.notification.Notifications;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationCompleted;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.Evaluations;
import hotline.quality.ItemScore;
import hotline.routing.ContactRecord;
import hotline.routing.Routing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The evaluation lifecycle in transactions (ADR 0081): lock the row, check scope (404 outside it), role, transition
 * (409 naming action and status) and version (409 with the current one), apply, store, audit every score change,
 * publish and notify. The appeal window is {@code hotline.quality.appeal-days} natural days from submission.
 */
@Service
@Validated
@Transactional
class EvaluationService implements Evaluations {

    private final EvaluationStore store;
    private final ScorecardService scorecards;
    private final Assigner assigner;
    private final Scope scope;
    private final People people;
    private final Routing routing;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CenterTime time;
    private final int appealDays;

    EvaluationService(EvaluationStore store, ScorecardService scorecards, Assigner assigner, Scope scope,
                      People people, Routing routing, AuditLog audit, Notifications notifications,
                      ApplicationEventPublisher events, CenterTime time,
                      @Value("${hotline.quality.appeal-days:3}") int appealDays) {
        this.store = store;
        this.scorecards = scorecards;
        this.assigner = assigner;
        this.scope = scope;
        this.people = people;
        this.routing = routing;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.time = time;
        this.appealDays = appealDays;
    }

    @Override
    public EvaluationView assign(NewAssignment assignment) {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisors assign evaluations");
        }
        ContactRecord contact;
        try {
            contact = routing.contact(assignment.contactId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of("contactId", "Exists", "no contact has id " + assignment.contactId());
        }
        if (contact.agentId() == null) {
            throw InvalidInputException.of("contactId", "Handled", "the contact was not handled by an agent");
        }
        if (assignment.inspectorId() != null && people.inspectors().stream()
                .noneMatch(u -> u.id() == assignment.inspectorId())) {
            throw InvalidInputException.of("inspectorId", "Inspector", "is not an active inspector (QA role)");
        }
        if (people.inspectors().stream().noneMatch(u -> u.id() != contact.agentId())) {
            throw InvalidInputException.of("inspectorId", "Available", "no inspector (QA role) is available");
        }
        var version = scorecards.current(assignment.scorecardId(), "scorecardId");
        var now = time.now();
        var created = assigner.assign(facts(contact), EvaluationView.Source.MANUAL, null, version.id(),
                        assignment.inspectorId(), assignment.dueDays() == null ? 3 : assignment.dueDays(), now)
                .orElseThrow(() -> ConflictException.duplicate("evaluation", "contactId", assignment.contactId()));
        notifications.notify(List.of(created.inspectorId), "quality-assigned", "quality.notify.assigned",
                List.of(String.valueOf(created.id), String.valueOf(created.agentName)),
                "/quality/evaluations/" + created.id);
        return view(created, actor);
    }

    static Assigner.ContactFacts facts(ContactRecord c) {
        return new Assigner.ContactFacts(c.id(), c.agentId(), c.queueCode(),
                c.answeredAt() != null ? c.answeredAt() : c.arrivedAt(), c.talkSeconds(), c.workOrderId());
    }

    @Override
    @Transactional(readOnly = true)
    public EvaluationView get(long id) {
        var actor = CurrentUser.require();
        var e = store.load(id);
        scope.requireVisible(e, actor);
        return view(e, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationView> list(Filter filter) {
        var actor = CurrentUser.require();
        var where = new StringBuilder("kind = 'REGULAR' and ").append(scope.listCondition(actor));
        var params = new ArrayList<Object>(scope.listParams(actor));
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.agentId() != null) {
            where.append(" and agent_id = ?");
            params.add(filter.agentId());
        }
        if (filter.teamId() != null) {
            where.append(" and team_id = ?");
            params.add(filter.teamId());
        }
        if (filter.inspectorId() != null) {
            where.append(" and inspector_id = ?");
            params.add(filter.inspectorId());
        }
        if (filter.from() != null) {
            where.append(" and coalesce(submitted_at, assigned_at) >= ?");
            params.add(EvaluationStore.ts(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and coalesce(submitted_at, assigned_at) < ?");
            params.add(EvaluationStore.ts(filter.to()));
        }
        int limit = filter.limit() == null ? 200 : Math.max(1, Math.min(filter.limit(), 1000));
        return views(store.query(where.toString(), params, limit), actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationView> myAssignments() {
        var actor = CurrentUser.require();
        return views(store.query("inspector_id = ? and status in ('ASSIGNED', 'IN_PROGRESS')", List.of(actor.id()),
                500), actor).stream()
                .sorted(java.util.Comparator.comparing(EvaluationView::dueAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationView> mine() {
        var actor = CurrentUser.require();
        return views(store.query("kind = 'REGULAR' and agent_id = ? and status not in ('ASSIGNED', 'IN_PROGRESS', "
                + "'CANCELLED')", List.of(actor.id()), 500), actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationView> appeals() {
        var actor = CurrentUser.require();
        if (!actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisors arbitrate appeals");
        }
        return views(store.query("status = 'APPEALED'", List.of(), 500), actor);
    }

    @Override
    public EvaluationView save(long id, ScoreSheet sheet) {
        return act(id, EvaluationAction.SAVE, sheet.version(), (e, actor) -> {
            var card = scorecards.version(e.scorecardVersionId).content();
            ScoreCalculator.validate(card, sheet.scores());
            merge(e, sheet.scores());
            e.comment = sheet.comment();
            if (e.startedAt == null) {
                e.startedAt = time.now();
            }
            var result = ScoreCalculator.score(card, e.scores);
            e.total = result.total();
            e.fatal = result.fatal();
            store.writeScores(e, result.items());
        });
    }

    @Override
    public EvaluationView submit(long id, ScoreSheet sheet) {
        var view = act(id, EvaluationAction.SUBMIT, sheet.version(), (e, actor) -> {
            var card = scorecards.version(e.scorecardVersionId).content();
            ScoreCalculator.validate(card, sheet.scores());
            merge(e, sheet.scores());
            e.comment = sheet.comment();
            var result = ScoreCalculator.score(card, e.scores);
            if (!result.complete()) {
                throw new InvalidInputException(result.items().stream()
                        .filter(i -> i.value() == null && !i.na())
                        .map(i -> new InvalidInputException.Violation("scores[" + i.code() + "]", "NotNull",
                                "score " + i.itemName() + " or mark it not applicable"))
                        .toList());
            }
            var now = time.now();
            if (e.startedAt == null) {
                e.startedAt = now;
            }
            apply(e, result);
            e.submittedAt = now;
            if (e.kind == EvaluationView.Kind.REGULAR) {
                e.appealDueAt = now.plus(Duration.ofDays(appealDays));
            }
            store.writeScores(e, result.items());
        });
        var e = store.load(id);
        if (e.kind == EvaluationView.Kind.REGULAR) {
            events.publishEvent(completed(e, false));
            if (e.agentId != null) {
                notifications.notify(List.of(e.agentId), "quality-submitted", "quality.notify.submitted",
                        List.of(String.valueOf(e.id), String.valueOf(e.total)), "/quality/evaluations/" + e.id);
            }
        }
        return view;
    }

    @Override
    public EvaluationView acknowledge(long id, long version) {
        return act(id, EvaluationAction.ACKNOWLEDGE, version, (e, actor) -> e.acknowledgedAt = time.now());
    }

    @Override
    public EvaluationView appeal(long id, Appeal appeal) {
        var view = act(id, EvaluationAction.APPEAL, appeal.version(), (e, actor) -> {
            var now = time.now();
            if (e.appealDueAt != null && now.isAfter(e.appealDueAt)) {
                throw new ConflictException("appeal-window-closed", "the appeal window of evaluation " + id
                        + " closed at " + e.appealDueAt, Map.of("resource", "evaluation", "id", id,
                        "appealDueAt", e.appealDueAt.toString()));
            }
            e.appealedAt = now;
            e.appealReason = appeal.reason();
        });
        var ids = people.supervisors().stream().map(u -> u.id()).toList();
        notifications.notify(ids, "quality-appealed", "quality.notify.appealed",
                List.of(String.valueOf(id), String.valueOf(view.agentName())), "/quality/evaluations/" + id);
        return view;
    }

    @Override
    public EvaluationView arbitrate(long id, Arbitration arbitration) {
        var before = new Double[1];
        var view = act(id, EvaluationAction.ARBITRATE, arbitration.version(), (e, actor) -> {
            var card = scorecards.version(e.scorecardVersionId).content();
            ScoreCalculator.validate(card, arbitration.scores());
            before[0] = e.total;
            var old = new HashMap<>(e.scores);
            merge(e, arbitration.scores());
            var result = ScoreCalculator.score(card, e.scores);
            if (!result.complete()) {
                throw InvalidInputException.of("scores", "Complete", "every item needs a score or N/A");
            }
            boolean passedBefore = e.passed();
            apply(e, result);
            e.scoreChanged = !sameScores(old, e.scores) || !Objects.equals(before[0], e.total)
                    || passedBefore != e.passed();
            e.arbiterId = actor.id();
            e.arbiterName = actor.displayName();
            e.arbitrationNote = arbitration.note();
            e.arbitratedAt = time.now();
            store.writeScores(e, result.items());
        });
        var e = store.load(id);
        if (e.scoreChanged) {
            events.publishEvent(completed(e, true));
        }
        var recipients = new ArrayList<Long>();
        recipients.add(e.inspectorId);
        if (e.agentId != null) {
            recipients.add(e.agentId);
        }
        notifications.notify(recipients, "quality-arbitrated", "quality.notify.arbitrated",
                List.of(String.valueOf(id), String.valueOf(e.total)), "/quality/evaluations/" + id);
        return view;
    }

    @Override
    public EvaluationView reassign(long id, long version, long inspectorId) {
        var view = act(id, EvaluationAction.REASSIGN, version, (e, actor) -> {
            if (people.inspectors().stream().noneMatch(u -> u.id() == inspectorId)) {
                throw InvalidInputException.of("inspectorId", "Inspector", "is not an active inspector (QA role)");
            }
            if (Objects.equals(e.agentId, inspectorId)) {
                throw InvalidInputException.of("inspectorId", "NotOwnAgent",
                        "an inspector cannot evaluate their own contact");
            }
            e.inspectorId = inspectorId;
            e.inspectorName = people.name(inspectorId);
        });
        notifications.notify(List.of(inspectorId), "quality-assigned", "quality.notify.assigned",
                List.of(String.valueOf(id), String.valueOf(view.agentName())), "/quality/evaluations/" + id);
        return view;
    }

    @Override
    public EvaluationView cancel(long id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "NotBlank", "must not be blank");
        }
        return act(id, EvaluationAction.CANCEL, version, (e, actor) -> e.comment = reason);
    }

    /** Closes a submitted evaluation whose appeal window has passed (the sweeper, as the system). */
    void close(Evaluation e) {
        long expected = e.version;
        var before = e.auditState();
        var now = time.now();
        e.move(EvaluationAction.CLOSE, now);
        e.closedAt = now;
        e.planDue();
        store.update(e, expected);
        audit.record("evaluation", e.id, "close", "appeal window of evaluation " + e.id + " passed", before,
                e.auditState());
    }

    private EvaluationView act(long id, EvaluationAction action, Long version,
                               BiConsumer<Evaluation, Actor> change) {
        var actor = CurrentUser.require();
        var e = store.lock(id);
        scope.requireVisible(e, actor);
        if (!scope.may(action, e, actor)) {
            throw new AccessDeniedException("not allowed to " + action.path() + " evaluation " + id);
        }
        Transitions.target(action, e.status, id);
        if (version != null && version != e.version) {
            throw ConflictException.staleVersion("evaluation", id, version, e.version);
        }
        long expected = e.version;
        var before = e.auditState();
        var from = e.status;
        change.accept(e, actor);
        e.move(action, time.now());
        e.planDue();
        store.update(e, expected);
        audit.record("evaluation", id, action.path(), "evaluation " + id + ": " + from + " → " + e.status, before,
                e.auditState());
        return view(store.load(id), actor);
    }

    private static void merge(Evaluation e, List<ItemScore> scores) {
        for (var score : scores) {
            e.scores.put(score.itemCode(), score);
        }
    }

    private static void apply(Evaluation e, ScoreCalculator.Result result) {
        e.total = result.total();
        e.fatal = result.fatal();
        e.result = result.passed() ? "PASS" : "FAIL";
    }

    private static boolean sameScores(Map<String, ItemScore> a, Map<String, ItemScore> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (var key : a.keySet()) {
            var x = a.get(key);
            var y = b.get(key);
            if (x.na() != y.na() || !Objects.equals(x.value(), y.value())) {
                return false;
            }
        }
        return true;
    }

    private EvaluationCompleted completed(Evaluation e, boolean rescored) {
        return new EvaluationCompleted(e.id, e.contactId, e.agentId, e.teamId, e.total == null ? 0 : e.total,
                e.passed(), e.fatal, rescored, time.now());
    }

    List<EvaluationView> views(List<Evaluation> rows, Actor actor) {
        var versions = new HashMap<Long, hotline.quality.Scorecards.Version>();
        return rows.stream().map(e -> view(e, actor,
                versions.computeIfAbsent(e.scorecardVersionId, scorecards::version))).toList();
    }

    EvaluationView view(Evaluation e, Actor actor) {
        return view(e, actor, scorecards.version(e.scorecardVersionId));
    }

    private EvaluationView view(Evaluation e, Actor actor, hotline.quality.Scorecards.Version version) {
        var actions = EnumSet.noneOf(EvaluationAction.class);
        for (var action : Transitions.actionsIn(e.status)) {
            if (scope.may(action, e, actor)) {
                actions.add(action);
            }
        }
        if (actions.contains(EvaluationAction.APPEAL) && e.appealDueAt != null && time.now().isAfter(e.appealDueAt)) {
            actions.remove(EvaluationAction.APPEAL);
        }
        return new EvaluationView(e.id, e.kind, e.calibrationId, e.contactId, e.agentId, e.agentName, e.teamId,
                e.teamName, e.queueCode, e.contactAt, e.talkSeconds, e.workOrderId, e.source, e.planId,
                e.scorecardVersionId, version.scorecardName(), version.number(), e.inspectorId, e.inspectorName,
                e.status, e.total, e.result == null ? null : e.passed(), e.fatal, e.comment, e.assignedAt, e.dueAt,
                e.overdue, e.submittedAt, e.acknowledgedAt, e.appealDueAt, e.appealedAt, e.appealReason,
                e.arbiterName, e.arbitrationNote, e.arbitratedAt, e.scoreChanged, e.closedAt, e.version,
                store.scoreRows(e.id), actions);
    }
}
