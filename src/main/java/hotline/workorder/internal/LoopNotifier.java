package hotline.workorder.internal;

import hotline.notification.Notifications;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.workorder.Action;
import hotline.workorder.Urgency;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the people a change concerns: the department when an order reaches it (urgent ones, reopened ones, urgings,
 * supervision, extension decisions), the accepting agent and their lead when an order comes back, supervisors when
 * asked to decide, and the owner and lead as a deadline approaches. Routine dispatches of normal urgency show in the
 * department's inbox without a notification, so notifications keep their meaning.
 */
@Component
class LoopNotifier {

    private final Notifications notifications;
    private final Directory directory;

    LoopNotifier(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    /** Called with the order's pending steps of this change, before they are written. */
    void changed(WorkOrder order) {
        for (var step : order.steps) {
            switch (step.action()) {
                case DISPATCH, REDISPATCH -> {
                    if (order.urgency != Urgency.NORMAL) {
                        send(department(order), "urgent-dispatch", "workorder.notify.dispatched", order, order.title);
                    }
                }
                case REOPEN -> send(order.departmentId != null ? department(order) : agentAndLead(order),
                        "reopened", "workorder.notify.reopened", order, step.note());
                case RETURN -> send(agentAndLead(order), "returned", "workorder.notify.returned", order, step.note());
                case REPLY -> send(List.of(order.acceptedBy), "replied", "workorder.notify.replied", order,
                        order.departmentName);
                case ESCALATE -> send(escalationTargets(order), "escalated", "workorder.notify.escalated", order,
                        step.note());
                case URGE -> send(owners(order), "urged", "workorder.notify.urged", order, step.note());
                case SUPERVISE -> send(owners(order), "supervised", "workorder.notify.supervised", order, step.note());
                case REQUEST_EXTENSION -> send(directory.usersWithRole(Role.SUPERVISOR), "extension-requested",
                        "workorder.notify.extensionRequested", order, step.note());
                case DECIDE_EXTENSION -> send(department(order), "extension-decided",
                        "workorder.notify.extensionDecided", order, step.note());
                default -> { }
            }
        }
    }

    /** A warning level or the deadline itself was reached: the owner of the step and the accepting agent's lead. */
    void deadline(WorkOrder order, int level) {
        var recipients = new LinkedHashSet<>(owners(order));
        lead(order).ifPresent(recipients::add);
        if (level >= 100) {
            send(recipients, "overdue", "workorder.notify.overdue", order, order.status.name());
        } else {
            send(recipients, "deadline", "workorder.notify.deadline", order, Integer.toString(level));
        }
    }

    private void send(Collection<Long> userIds, String kind, String key, WorkOrder order, String detail) {
        var actor = CurrentUser.actor().id();
        var recipients = userIds.stream().filter(id -> id != actor).distinct().toList();
        if (!recipients.isEmpty()) {
            notifications.notify(recipients, "workorder." + kind, key,
                    List.of(order.number, detail == null ? "" : detail), "/work-orders/" + order.id);
        }
    }

    private List<Long> department(WorkOrder order) {
        return order.departmentId == null ? List.of() : directory.staffOf(order.departmentId);
    }

    /** Whoever must act now: the department's staff while it holds the order, otherwise the accepting agent. */
    private List<Long> owners(WorkOrder order) {
        return order.withDepartment() ? department(order) : List.of(order.acceptedBy);
    }

    private Set<Long> agentAndLead(WorkOrder order) {
        var people = new LinkedHashSet<Long>();
        people.add(order.acceptedBy);
        lead(order).ifPresent(people::add);
        return people;
    }

    private List<Long> escalationTargets(WorkOrder order) {
        if (order.escalatedTo == Role.SUPERVISOR) {
            return directory.usersWithRole(Role.SUPERVISOR);
        }
        var leads = new ArrayList<Long>();
        lead(order).ifPresent(leads::add);
        return leads.isEmpty() ? directory.usersWithRole(Role.SUPERVISOR) : leads;
    }

    private java.util.Optional<Long> lead(WorkOrder order) {
        return order.acceptedTeamId == null ? java.util.Optional.empty() : directory.leadOf(order.acceptedTeamId);
    }

}
