package hotline.workorder.internal;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.workorder.Action;
import hotline.workorder.Channel;
import hotline.workorder.Outcome;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import hotline.workorder.TimeLimit;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderAccepted;
import hotline.workorder.WorkOrderArchived;
import hotline.workorder.WorkOrderDispatched;
import hotline.workorder.WorkOrderEscalated;
import hotline.workorder.WorkOrderExtended;
import hotline.workorder.WorkOrderReopened;
import hotline.workorder.WorkOrderReplied;
import hotline.workorder.WorkOrderReturned;
import hotline.workorder.WorkOrderType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A work order and the rules of its loop. Every action checks the transition table first, so an illegal one fails
 * with a message naming the current status and the action; every action that moves the order records a step of the
 * processing record and the facts other modules hear about. Deadlines are stored on the order at each transition,
 * computed from the type's time limits on the business calendar.
 */
final class WorkOrder {

    Long id;
    String number;
    WorkOrderType type;
    Long categoryId;
    String categoryName;
    Urgency urgency;
    Status status;
    Outcome outcome;
    boolean confidential;
    String title;
    String description;
    Channel channel;
    String contactRef;
    Long customerId;
    String customerName;
    String customerPhone;
    String customerAddress;
    String accountNumber;
    long acceptedBy;
    String acceptedByName;
    Long acceptedTeamId;
    Long departmentId;
    String departmentName;
    Long incidentId;
    Long duplicateOf;
    Role escalatedTo;
    boolean supervised;
    int urgeCount;
    int returnCount;
    int reopenCount;
    int callbackAttempts;
    Satisfaction satisfaction;
    String replyText;
    Instant acceptedAt;
    Instant dispatchedAt;
    Instant signedOffAt;
    Instant repliedAt;
    Instant calledBackAt;
    Instant archivedAt;
    Instant signOffDueAt;
    Instant handleDueAt;
    Instant callbackDueAt;
    Instant windowStartAt;
    Instant dueAt;
    boolean dueInWorkingTime;
    int warningLevel;
    Instant nextAlertAt;
    boolean overdue;
    Instant updatedAt;
    long version;
    /** Orders linked to this one either way round, as read with it (the store's {@code links}). */
    List<Long> links = List.of();

    /** Facts for other modules, published when the change commits. */
    final transient List<Object> events = new ArrayList<>();
    /** Steps of the processing record written with the change. */
    final transient List<StepRecord> steps = new ArrayList<>();

    record StepRecord(Action action, Status from, Status to, Actor actor, Long departmentId, String note, Instant at) {
    }

    static WorkOrder accept(String number, hotline.workorder.NewWorkOrder request, String categoryName, Actor agent,
                            Long teamId, Instant now) {
        var order = new WorkOrder();
        order.number = number;
        order.type = request.type();
        order.categoryId = request.categoryId();
        order.categoryName = categoryName;
        order.urgency = request.urgency();
        order.status = Status.ACCEPTED;
        order.confidential = request.confidential();
        order.title = request.title().strip();
        order.description = request.description().strip();
        order.channel = request.channel();
        order.contactRef = blankToNull(request.contactRef());
        order.customerId = request.customerId();
        order.customerName = blankToNull(request.customerName());
        order.customerPhone = blankToNull(request.customerPhone());
        order.customerAddress = blankToNull(request.customerAddress());
        order.accountNumber = blankToNull(request.accountNumber());
        order.acceptedBy = agent.id();
        order.acceptedByName = agent.displayName();
        order.acceptedTeamId = teamId;
        order.acceptedAt = now;
        order.updatedAt = now;
        order.steps.add(new StepRecord(Action.ACCEPT, Status.ACCEPTED, Status.ACCEPTED, agent, null, null, now));
        return order;
    }

    /** Called once the order has its id: the accepted fact carries it. */
    void accepted() {
        events.add(new WorkOrderAccepted(id, number, type, categoryId, categoryName, urgency, channel, contactRef,
                customerId, customerPhone, customerAddress, accountNumber, acceptedBy, acceptedTeamId, title,
                acceptedAt));
    }

    void dispatch(long department, String name, Limits limits, WorkingCalendar calendar, Actor by, String note,
                  Instant now) {
        Transitions.check(Action.DISPATCH, status, number);
        toDepartment(Action.DISPATCH, department, name, limits, calendar, by, note, now, false);
    }

    void redispatch(long department, String name, Limits limits, WorkingCalendar calendar, Actor by, String reason,
                    Instant now) {
        Transitions.check(Action.REDISPATCH, status, number);
        toDepartment(Action.REDISPATCH, department, name, limits, calendar, by, reason, now, false);
    }

    private void toDepartment(Action action, long department, String name, Limits limits, WorkingCalendar calendar,
                              Actor by, String note, Instant now, boolean reopened) {
        var from = status;
        status = Status.DISPATCHED;
        departmentId = department;
        departmentName = name;
        dispatchedAt = now;
        signedOffAt = null;
        signOffDueAt = calendar.deadline(now, limits.signOff());
        handleDueAt = calendar.deadline(now, limits.handle());
        startWindow(now, signOffDueAt, limits.signOff());
        step(action, from, by, note, now);
        events.add(new WorkOrderDispatched(id, number, department, signOffDueAt, handleDueAt, reopened, now));
    }

    void signOff(Limits limits, Actor by, Instant now) {
        Transitions.check(Action.SIGN_OFF, status, number);
        var from = status;
        status = Status.SIGNED_OFF;
        signedOffAt = now;
        startWindow(dispatchedAt, handleDueAt, limits.handle());
        step(Action.SIGN_OFF, from, by, null, now);
    }

    void start(Actor by, Instant now) {
        Transitions.check(Action.START, status, number);
        var from = status;
        status = Status.IN_PROGRESS;
        step(Action.START, from, by, null, now);
    }

    void returnToSender(Actor by, String reason, Instant now) {
        Transitions.check(Action.RETURN, status, number);
        var from = status;
        long department = departmentId;
        status = Status.RETURNED;
        returnCount++;
        clearWindow();
        step(Action.RETURN, from, by, reason, now);
        events.add(new WorkOrderReturned(id, number, department, reason, acceptedBy, now));
        departmentId = null;
        departmentName = null;
    }

    void reply(String text, Limits limits, WorkingCalendar calendar, Actor by, Instant now) {
        Transitions.check(Action.REPLY, status, number);
        answered(Action.REPLY, text, limits, calendar, by, now, false);
    }

    private void answered(Action action, String text, Limits limits, WorkingCalendar calendar, Actor by, Instant now,
                          boolean onSpot) {
        var from = status;
        status = Status.REPLIED;
        replyText = text.strip();
        repliedAt = now;
        callbackDueAt = calendar.deadline(now, limits.callback());
        startWindow(now, callbackDueAt, limits.callback());
        step(action, from, by, text, now);
        events.add(new WorkOrderReplied(id, number, departmentId, onSpot, callbackDueAt, now));
    }

    /** 当场办结: the agent answered during the contact; a callback follows or the order closes, as the type says. */
    void resolveOnSpot(String text, boolean callbackFollows, Limits limits, WorkingCalendar calendar, Actor by,
                       Instant now) {
        Transitions.check(Action.RESOLVE_ON_SPOT, status, number);
        if (callbackFollows) {
            answered(Action.RESOLVE_ON_SPOT, text, limits, calendar, by, now, true);
        } else {
            var from = status;
            replyText = text.strip();
            repliedAt = now;
            close(Action.RESOLVE_ON_SPOT, from, Outcome.RESOLVED_ON_SPOT, by, text, now);
        }
    }

    /** 回访 with the customer reached: satisfied moves on to archiving, dissatisfied reopens (重办). */
    void callbackReached(Satisfaction verdict, String customerWords, Limits limits, WorkingCalendar calendar, Actor by,
                         Instant now) {
        Transitions.check(Action.CALLBACK, status, number);
        callbackAttempts++;
        satisfaction = verdict;
        if (verdict.satisfied()) {
            var from = status;
            status = Status.CALLED_BACK;
            calledBackAt = now;
            clearWindow();
            step(Action.CALLBACK, from, by, customerWords, now);
        } else {
            reopen(customerWords, limits, calendar, by, now);
        }
    }

    /** 回访 with nobody reached: one attempt used; after the last one the order closes with that outcome. */
    void callbackUnreachable(int maxAttempts, String note, Actor by, Instant now) {
        Transitions.check(Action.CALLBACK, status, number);
        callbackAttempts++;
        if (callbackAttempts >= maxAttempts) {
            close(Action.CALLBACK, status, Outcome.CALLBACK_UNREACHABLE, by, note, now);
        } else {
            step(Action.CALLBACK, status, by, note, now);
        }
    }

    /** 重办: back to the same department with the customer's words; back to the agent if none ever had it. */
    void reopen(String customerWords, Limits limits, WorkingCalendar calendar, Actor by, Instant now) {
        Transitions.check(Action.REOPEN, status, number);
        reopenCount++;
        satisfaction = null;
        events.add(new WorkOrderReopened(id, number, departmentId, customerWords, now));
        if (departmentId != null) {
            toDepartment(Action.REOPEN, departmentId, departmentName, limits, calendar, by, customerWords, now, true);
        } else {
            var from = status;
            status = Status.ACCEPTED;
            clearWindow();
            step(Action.REOPEN, from, by, customerWords, now);
        }
    }

    void archive(boolean callbackRequired, Actor by, Instant now) {
        Transitions.check(Action.ARCHIVE, status, number);
        if (status == Status.REPLIED && callbackRequired) {
            throw hotline.platform.ConflictException.illegalTransition("work order", number, status,
                    Action.ARCHIVE.path() + " before the required callback");
        }
        close(Action.ARCHIVE, status, Outcome.RESOLVED, by, null, now);
    }

    void mergeInto(WorkOrder survivor, Actor by, Instant now) {
        Transitions.check(Action.MERGE, status, number);
        duplicateOf = survivor.id;
        close(Action.MERGE, status, Outcome.MERGED, by, survivor.number, now);
    }

    private void close(Action action, Status from, Outcome how, Actor by, String note, Instant now) {
        status = Status.ARCHIVED;
        outcome = how;
        archivedAt = now;
        boolean inTime = handleDueAt == null || repliedAt == null || !repliedAt.isAfter(handleDueAt);
        clearWindow();
        step(action, from, by, note, now);
        events.add(new WorkOrderArchived(id, number, type, categoryId, how, satisfaction, customerId, acceptedBy,
                departmentId, contactRef, acceptedAt, now, inTime));
    }

    void escalate(Role to, String reason, Actor by, Instant now) {
        Transitions.check(Action.ESCALATE, status, number);
        escalatedTo = to;
        step(Action.ESCALATE, status, by, reason, now);
        events.add(new WorkOrderEscalated(id, number, to, reason, by.id(), now));
    }

    void urge(String note, Actor by, Instant now) {
        Transitions.check(Action.URGE, status, number);
        urgeCount++;
        step(Action.URGE, status, by, note, now);
    }

    void supervise(String note, Actor by, Instant now) {
        Transitions.check(Action.SUPERVISE, status, number);
        supervised = true;
        step(Action.SUPERVISE, status, by, note, now);
    }

    void note(String text, Actor by, Instant now) {
        Transitions.check(Action.NOTE, status, number);
        step(Action.NOTE, status, by, text, now);
    }

    void requestExtension(String reason, Actor by, Instant now) {
        Transitions.check(Action.REQUEST_EXTENSION, status, number);
        step(Action.REQUEST_EXTENSION, status, by, reason, now);
    }

    /** An approved extension moves the handling deadline; the warnings start over against it. */
    void extend(Instant newDue, Limits limits, Actor by, String note, Instant now) {
        Transitions.check(Action.DECIDE_EXTENSION, status, number);
        var previous = handleDueAt;
        handleDueAt = newDue;
        if (status != Status.DISPATCHED) {
            startWindow(dispatchedAt, handleDueAt, limits.handle());
        }
        step(Action.DECIDE_EXTENSION, status, by, note, now);
        events.add(new WorkOrderExtended(id, number, previous, newDue, by.id(), now));
    }

    void rejectExtension(Actor by, String note, Instant now) {
        Transitions.check(Action.DECIDE_EXTENSION, status, number);
        step(Action.DECIDE_EXTENSION, status, by, note, now);
    }

    void edit(String newTitle, String newDescription, Urgency newUrgency, boolean newConfidential, Actor by,
              Instant now) {
        Transitions.check(Action.EDIT, status, number);
        title = newTitle.strip();
        description = newDescription.strip();
        urgency = newUrgency;
        confidential = newConfidential;
        step(Action.EDIT, status, by, null, now);
    }

    /** The deadline the current step runs against, from {@code start}; warnings start over. */
    private void startWindow(Instant start, Instant due, TimeLimit limit) {
        windowStartAt = start;
        dueAt = due;
        dueInWorkingTime = limit.unit() != TimeLimit.Unit.NATURAL_HOURS;
        warningLevel = 0;
        overdue = false;
        nextAlertAt = null;
    }

    private void clearWindow() {
        windowStartAt = null;
        dueAt = null;
        warningLevel = 0;
        overdue = false;
        nextAlertAt = null;
    }

    /**
     * Plans the next look of the deadline sweeper: the instant of the first warning level above the one announced,
     * or the deadline itself; nothing once overdue has been announced or when no deadline runs.
     */
    void planAlerts(int[] levels, WorkingCalendar calendar) {
        if (dueAt == null || overdue) {
            nextAlertAt = null;
            return;
        }
        for (int level : levels) {
            if (level > warningLevel) {
                nextAlertAt = calendar.fraction(windowStartAt, dueAt, dueInWorkingTime, level);
                return;
            }
        }
        nextAlertAt = dueAt;
    }

    /** The highest warning level reached at {@code now} (100 = overdue), never below the one already announced. */
    int levelAt(Instant now, int[] levels, WorkingCalendar calendar) {
        if (dueAt == null) {
            return 0;
        }
        if (!now.isBefore(dueAt)) {
            return 100;
        }
        int reached = warningLevel;
        for (int level : levels) {
            if (level > reached && !now.isBefore(calendar.fraction(windowStartAt, dueAt, dueInWorkingTime, level))) {
                reached = level;
            }
        }
        return reached;
    }

    private void step(Action action, Status from, Actor by, String note, Instant now) {
        steps.add(new StepRecord(action, from, status, by, departmentId, note, now));
        updatedAt = now;
    }

    /** Who is expected to act now: the department's staff while it holds the order, otherwise the accepting agent. */
    boolean withDepartment() {
        return status.withDepartment();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
