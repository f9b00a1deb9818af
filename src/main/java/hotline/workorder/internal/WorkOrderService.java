package hotline.workorder.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.customer.Customers;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.workorder.Action;
import hotline.workorder.CallbackResult;
import hotline.workorder.Commands;
import hotline.workorder.Extension;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Status;
import hotline.workorder.Step;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loop's actions in transactions: load, check scope and role, apply the rule, store with the version check,
 * write the processing record, audit, publish the facts. Notifications go to whom the change concerns.
 */
@Service
@Transactional
class WorkOrderService implements WorkOrders {

    private final WorkOrderStore store;
    private final OrderNumbers numbers;
    private final ExtensionStore extensions;
    private final Policies policies;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final LoopNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CenterTime time;
    private final AlertLevels levels;
    private final Customers customers;

    WorkOrderService(WorkOrderStore store, OrderNumbers numbers, ExtensionStore extensions, Policies policies, WorkingCalendar calendar,
                     Directory directory, LoopNotifier notifier, AuditLog audit, ApplicationEventPublisher events,
                     CenterTime time, AlertLevels levels, Customers customers) {
        this.customers = customers;
        this.store = store;
        this.numbers = numbers;
        this.extensions = extensions;
        this.policies = policies;
        this.calendar = calendar;
        this.directory = directory;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.time = time;
        this.levels = levels;
    }

    @Override
    public WorkOrderView accept(NewWorkOrder request) {
        Actor agent = CurrentUser.require();
        requireRole(agent, Action.ACCEPT);
        var policy = policies.policy(request.type());
        var category = policies.category(request.categoryId());
        if (request.categoryId() != null && (category.isEmpty() || category.get().type() != request.type()
                || !category.get().active())) {
            throw InvalidInputException.of("categoryId", "Exists", "is not an active category of " + request.type());
        }
        if (request.departmentId() != null && request.onSpotReply() != null && !request.onSpotReply().isBlank()) {
            throw InvalidInputException.of("departmentId", "Exclusive",
                    "dispatch or resolve on the spot, not both");
        }
        if (request.customerId() != null && customers.find(request.customerId()).isEmpty()) {
            throw InvalidInputException.of("customerId", "Exists", "no customer archive has id " + request.customerId());
        }
        Instant now = time.now();
        var order = WorkOrder.accept(numbers.next(), request,
                category.map(hotline.workorder.Category::name).orElse(null), agent,
                directory.teamOf(agent.id()).orElse(null), now);
        store.insert(order);
        order.accepted();
        var duplicates = store.possibleDuplicates(order, now.minus(Duration.ofHours(policy.duplicateWindowHours())));
        duplicates.forEach(other -> store.link(order.id, other, "DUPLICATE"));
        if (request.departmentId() != null) {
            var department = activeDepartment(request.departmentId(), "departmentId");
            order.dispatch(department.id(), department.name(), limits(order), calendar, agent, null, now);
        } else if (request.onSpotReply() != null && !request.onSpotReply().isBlank()) {
            order.resolveOnSpot(request.onSpotReply(), policy.onSpotCallback(), limits(order), calendar, agent, now);
        }
        order.planAlerts(levels.levels(), calendar);
        if (order.status != Status.ACCEPTED) {
            store.update(order);
        }
        notifier.changed(order);
        store.writeSteps(order);
        audit.record("work-order", order.id, "accept", "accepted " + order.number, null, AuditState.of(order));
        publish(order);
        return view(order, scope(agent), duplicates);
    }

    @Override
    public WorkOrderView dispatch(long id, Commands.Dispatch c) {
        return act(id, Action.DISPATCH, c.version(), (order, by, now) -> {
            var department = activeDepartment(c.departmentId(), "departmentId");
            order.dispatch(department.id(), department.name(), limits(order), calendar, by, c.note(), now);
        });
    }

    @Override
    public WorkOrderView redispatch(long id, Commands.Redispatch c) {
        return act(id, Action.REDISPATCH, c.version(), (order, by, now) -> {
            var department = activeDepartment(c.departmentId(), "departmentId");
            if (department.id() == order.departmentId) {
                throw InvalidInputException.of("departmentId", "Different", "the order is already with this department");
            }
            order.redispatch(department.id(), department.name(), limits(order), calendar, by, c.reason(), now);
        });
    }

    @Override
    public WorkOrderView signOff(long id, Commands.Versioned c) {
        return act(id, Action.SIGN_OFF, c.version(), (order, by, now) -> order.signOff(limits(order), by, now));
    }

    @Override
    public WorkOrderView start(long id, Commands.Versioned c) {
        return act(id, Action.START, c.version(), (order, by, now) -> order.start(by, now));
    }

    @Override
    public WorkOrderView returnOrder(long id, Commands.Return c) {
        return act(id, Action.RETURN, c.version(), (order, by, now) -> order.returnToSender(by, c.reason(), now));
    }

    @Override
    public WorkOrderView reply(long id, Commands.Reply c) {
        return act(id, Action.REPLY, c.version(),
                (order, by, now) -> order.reply(c.text(), limits(order), calendar, by, now));
    }

    @Override
    public WorkOrderView resolveOnSpot(long id, Commands.Reply c) {
        return act(id, Action.RESOLVE_ON_SPOT, c.version(), (order, by, now) -> order.resolveOnSpot(c.text(),
                policies.policy(order.type).onSpotCallback(), limits(order), calendar, by, now));
    }

    @Override
    public WorkOrderView callback(long id, Commands.Callback c) {
        return act(id, Action.CALLBACK, c.version(), (order, by, now) -> {
            if (c.result() == CallbackResult.REACHED) {
                if (c.satisfaction() == null) {
                    throw InvalidInputException.of("satisfaction", "NotNull",
                            "is required when the customer was reached");
                }
                order.callbackReached(c.satisfaction(), c.note(), limits(order), calendar, by, now);
            } else {
                order.callbackUnreachable(policies.policy(order.type).maxCallbackAttempts(), c.note(), by, now);
            }
        });
    }

    @Override
    public WorkOrderView reopen(long id, Commands.Reopen c) {
        return act(id, Action.REOPEN, c.version(),
                (order, by, now) -> order.reopen(c.reason(), limits(order), calendar, by, now));
    }

    @Override
    public WorkOrderView archive(long id, Commands.Versioned c) {
        return act(id, Action.ARCHIVE, c.version(),
                (order, by, now) -> order.archive(policies.policy(order.type).callbackRequired(), by, now));
    }

    @Override
    public WorkOrderView escalate(long id, Commands.Escalate c) {
        if (c.to() != Role.TEAM_LEAD && c.to() != Role.SUPERVISOR) {
            throw InvalidInputException.of("to", "Escalation", "escalate to TEAM_LEAD or SUPERVISOR");
        }
        return act(id, Action.ESCALATE, null, (order, by, now) -> order.escalate(c.to(), c.reason(), by, now));
    }

    @Override
    public WorkOrderView urge(long id, Commands.Remark c) {
        return act(id, Action.URGE, null, (order, by, now) -> order.urge(c.text(), by, now));
    }

    @Override
    public WorkOrderView supervise(long id, Commands.Remark c) {
        return act(id, Action.SUPERVISE, null, (order, by, now) -> order.supervise(c.text(), by, now));
    }

    @Override
    public WorkOrderView note(long id, Commands.Remark c) {
        return act(id, Action.NOTE, null, (order, by, now) -> order.note(c.text(), by, now));
    }

    @Override
    public WorkOrderView edit(long id, Commands.Edit c) {
        return act(id, Action.EDIT, c.version(), (order, by, now) ->
                order.edit(c.title(), c.description(), c.urgency(), c.confidential(), by, now));
    }

    @Override
    public Extension requestExtension(long id, Commands.ExtensionRequest c) {
        Long[] created = new Long[1];
        act(id, Action.REQUEST_EXTENSION, c.version(), (order, by, now) -> {
            if (!c.newDueAt().isAfter(order.handleDueAt)) {
                throw InvalidInputException.of("newDueAt", "After", "must be later than the current deadline "
                        + order.handleDueAt);
            }
            if (extensions.pendingFor(order.id).isPresent()) {
                throw new ConflictException("extension-pending", "work order " + order.number
                        + " already has a pending extension request", Map.of("workOrder", order.number));
            }
            order.requestExtension(c.reason(), by, now);
            created[0] = extensions.insert(order.id, by, now, c.reason(), c.newDueAt());
        });
        return extensions.get(created[0]);
    }

    @Override
    public WorkOrderView decideExtension(long extensionId, Commands.ExtensionDecision c) {
        var request = extensions.get(extensionId);
        if (request.status() != Extension.Status.PENDING) {
            throw ConflictException.illegalTransition("extension request", extensionId, request.status(),
                    "decide");
        }
        return act(request.workOrderId(), Action.DECIDE_EXTENSION, null, (order, by, now) -> {
            if (c.approve()) {
                order.extend(request.newDueAt(), limits(order), by, c.note(), now);
            } else {
                order.rejectExtension(by, c.note(), now);
            }
            extensions.decide(extensionId, c.approve(), by, now, c.note());
        });
    }

    @Override
    public WorkOrderView link(long id, Commands.Link c) {
        if (c.otherId() == id) {
            throw InvalidInputException.of("otherId", "Different", "an order cannot be linked to itself");
        }
        var scope = scope(CurrentUser.require());
        var other = store.load(c.otherId());
        requireVisible(other, scope);
        return act(id, Action.LINK, null, (order, by, now) -> {
            order.note("linked " + other.number, by, now);
            store.link(order.id, other.id, "RELATED");
        });
    }

    @Override
    public WorkOrderView merge(long duplicateId, Commands.Merge c) {
        if (c.survivorId() == duplicateId) {
            throw InvalidInputException.of("survivorId", "Different", "an order cannot be merged into itself");
        }
        var scope = scope(CurrentUser.require());
        var survivor = store.lock(c.survivorId());
        requireVisible(survivor, scope);
        if (survivor.status == Status.ARCHIVED) {
            throw ConflictException.illegalTransition("work order", survivor.number, survivor.status,
                    "receive a merge");
        }
        return act(duplicateId, Action.MERGE, null, (order, by, now) -> {
            order.mergeInto(survivor, by, now);
            survivor.note("merged " + order.number + " into this order", by, now);
            store.update(survivor);
            store.writeSteps(survivor);
            store.link(survivor.id, order.id, "DUPLICATE");
        });
    }

    @Override
    @Transactional(readOnly = true)
    public WorkOrderView get(long id) {
        var scope = scope(CurrentUser.require());
        var order = store.load(id);
        requireVisible(order, scope);
        return view(order, scope, order.links);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkOrderView> findByNumber(String number) {
        var scope = scope(CurrentUser.require());
        return store.findByNumber(number.strip().toUpperCase())
                .filter(order -> Visibility.canSee(order, scope, true))
                .map(order -> view(order, scope, order.links));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Step> steps(long id) {
        get(id);
        return store.steps(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Extension> extensions(long id) {
        get(id);
        return extensions.forOrder(id);
    }

    @FunctionalInterface
    interface Change {
        void apply(WorkOrder order, Actor by, Instant now);
    }

    private WorkOrderView act(long id, Action action, Long expectedVersion, Change change) {
        Actor by = CurrentUser.require();
        var scope = scope(by);
        // the row lock serialises this change with the deadline sweeper and with other people's changes; the
        // version the sender read still decides whether their change applies
        var order = store.lock(id);
        requireVisible(order, scope);
        if (!Roles.may(by, action, order, scope.departmentId())) {
            throw new AccessDeniedException(by.username() + " may not " + action.path() + " work order " + order.number);
        }
        if (expectedVersion != null && expectedVersion != order.version) {
            throw ConflictException.staleVersion("work order", order.number, expectedVersion, order.version);
        }
        var before = AuditState.of(order);
        Instant now = time.now();
        change.apply(order, by, now);
        order.planAlerts(levels.levels(), calendar);
        store.update(order);
        notifier.changed(order);
        store.writeSteps(order);
        audit.record("work-order", order.id, action.path(), action.path() + " " + order.number, before,
                AuditState.of(order));
        publish(order);
        // linking and merging add links in this transaction; every other change leaves them as read with the order
        return view(order, scope, action == Action.LINK || action == Action.MERGE ? store.links(order.id) : order.links);
    }

    private void publish(WorkOrder order) {
        order.events.forEach(events::publishEvent);
        order.events.clear();
    }

    Limits limits(WorkOrder order) {
        return policies.limits(order.type, order.categoryId, order.urgency);
    }

    private Directory.Department activeDepartment(long id, String field) {
        return directory.department(id).filter(Directory.Department::active)
                .orElseThrow(() -> InvalidInputException.of(field, "Exists", "is not an active department"));
    }

    Visibility.Scope scope(Actor actor) {
        Long department = actor.has(Role.DEPARTMENT) ? directory.departmentOf(actor.id()).orElse(null) : null;
        var teams = actor.has(Role.TEAM_LEAD) ? directory.teamsLedBy(actor.id()) : java.util.Set.<Long>of();
        return new Visibility.Scope(actor, department, teams);
    }

    private static void requireRole(Actor actor, Action action) {
        if (!Roles.may(actor, action)) {
            throw new AccessDeniedException(actor.username() + " may not " + action.path() + " work orders");
        }
    }

    /** Orders a person may not see do not exist for them (404, not 403: no hint that the number is in use). */
    private static void requireVisible(WorkOrder order, Visibility.Scope scope) {
        if (!Visibility.canSee(order, scope, true)) {
            throw new NotFoundException("work order", order.id);
        }
    }

    WorkOrderView view(WorkOrder o, Visibility.Scope scope, List<Long> duplicates) {
        Actor a = scope.actor();
        String phone = Roles.seesPhoneNumbers(a) ? o.customerPhone : PhoneMask.mask(o.customerPhone);
        var actions = EnumSet.noneOf(Action.class);
        for (Action action : Transitions.actionsIn(o.status)) {
            if (Roles.may(a, action, o, scope.departmentId())) {
                actions.add(action);
            }
        }
        return new WorkOrderView(o.id, o.number, o.type, o.categoryId, o.categoryName, o.urgency, o.status,
                o.outcome, o.confidential, o.title, o.description, o.channel, o.contactRef, o.customerId,
                o.customerName, phone, o.customerAddress, o.accountNumber, o.acceptedBy, o.acceptedByName,
                o.departmentId, o.departmentName, o.incidentId, o.duplicateOf,
                o.escalatedTo == null ? null : o.escalatedTo.name(), o.supervised, o.urgeCount, o.returnCount,
                o.reopenCount, o.callbackAttempts, o.satisfaction, o.replyText, o.acceptedAt, o.dispatchedAt,
                o.signedOffAt, o.repliedAt, o.calledBackAt, o.archivedAt, o.signOffDueAt, o.handleDueAt,
                o.callbackDueAt, o.dueAt, o.warningLevel, o.overdue, o.version, actions, duplicates);
    }

    /** What the audit trail keeps of an order's state before and after a change. */
    record AuditState(Status status, Long departmentId, java.time.Instant dueAt, int warningLevel, String escalatedTo,
                      boolean supervised) {
        static AuditState of(WorkOrder o) {
            return new AuditState(o.status, o.departmentId, o.dueAt, o.warningLevel,
                    o.escalatedTo == null ? null : o.escalatedTo.name(), o.supervised);
        }
    }
}
