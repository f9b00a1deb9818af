package hotline.customer.internal;

import hotline.customer.CustomerInteraction;
import hotline.customer.Customers;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the timeline from {@link CustomerInteraction} events that process modules publish (ADR 0021). It runs after
 * the publisher's commit, in its own transaction, and is retried from the event publication registry after a crash.
 * An event that can never be recorded (unknown customer, malformed kind) is logged and dropped rather than retried
 * for ever.
 */
@Component
class CustomerTimelineProjector {

    private static final Logger log = LoggerFactory.getLogger(CustomerTimelineProjector.class);

    private final Customers customers;

    CustomerTimelineProjector(Customers customers) {
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(CustomerInteraction interaction) {
        try {
            customers.recordInteraction(interaction);
        } catch (NotFoundException | InvalidInputException e) {
            log.warn("Dropped timeline entry {} for customer {}: {}", interaction.kind(), interaction.customerId(),
                    e.getMessage());
        }
    }
}
