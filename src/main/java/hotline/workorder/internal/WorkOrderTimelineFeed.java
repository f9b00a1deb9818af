package hotline.workorder.internal;

import hotline.customer.CustomerInteraction;
import hotline.workorder.WorkOrderAccepted;
import hotline.workorder.WorkOrderArchived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts work orders on their customer's timeline (ADR 0021): acceptance and archiving become
 * {@link CustomerInteraction}s, published inside the order's own transaction so the timeline entry is as durable as
 * the order. The line names the order number and its category or outcome, never the free text: a confidential order
 * must not leak through the customer page.
 */
@Component
class WorkOrderTimelineFeed {

    static final String KIND = "work-order";

    private final ApplicationEventPublisher events;

    WorkOrderTimelineFeed(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(WorkOrderAccepted accepted) {
        if (accepted.customerId() != null) {
            var what = accepted.categoryName() != null ? accepted.categoryName() : accepted.type().name();
            events.publishEvent(new CustomerInteraction(accepted.customerId(), accepted.at(), KIND, accepted.number(),
                    accepted.number() + " · " + accepted.type() + " · " + what, link(accepted.workOrderId())));
        }
    }

    @EventListener
    void on(WorkOrderArchived archived) {
        if (archived.customerId() != null) {
            var outcome = archived.outcome() == null ? "" : " · " + archived.outcome();
            var satisfaction = archived.satisfaction() == null ? "" : " · " + archived.satisfaction();
            events.publishEvent(new CustomerInteraction(archived.customerId(), archived.at(), KIND,
                    archived.number(), archived.number() + " · ARCHIVED" + outcome + satisfaction,
                    link(archived.workOrderId())));
        }
    }

    private static String link(long workOrderId) {
        return "/work-orders/" + workOrderId;
    }
}
