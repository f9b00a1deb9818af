package hotline.routing.internal;

import hotline.customer.CustomerInteraction;
import hotline.routing.ContactEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every contact of a known customer on their timeline (ADR 0021), in the same transaction that writes the
 * contact record: queue, outcome and talk time, never the number.
 */
@Component
class ContactTimelineFeed {

    private final ApplicationEventPublisher events;

    ContactTimelineFeed(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ContactEnded ended) {
        if (ended.customerId() == null) {
            return;
        }
        String talk = ended.talkSeconds() == null ? "" : " · " + Math.round(ended.talkSeconds()) + " s";
        events.publishEvent(new CustomerInteraction(ended.customerId(), ended.at(), "call",
                ended.contactId().toString(), ended.queueCode() + " · " + ended.outcome() + talk,
                null));
    }
}
