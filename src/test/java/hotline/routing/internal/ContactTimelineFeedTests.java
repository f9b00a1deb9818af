package hotline.routing.internal;

import hotline.HotlineWebTest;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import hotline.customer.TimelineEntry;
import hotline.platform.security.SystemActor;
import hotline.routing.ContactEnded;
import hotline.routing.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A known customer's call lands on their timeline without the number; an unknown caller's leaves no trace there. */
@HotlineWebTest
class ContactTimelineFeedTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Customers customers;

    @Test
    void aKnownCallersContactIsOnTheirTimeline() {
        String phone = CustomerFixtures.mobile();
        var customer = CustomerFixtures.register(customers, CustomerFixtures.person(CustomerFixtures.uniqueName("通话"),
                phone, null, null));
        var contact = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new ContactEnded(contact, "BILLING",
                Outcome.HANDLED, 7L, customer.id(), null, phone, 95.4, Instant.now())));

        var entries = await().atMost(Duration.ofSeconds(10)).until(
                () -> SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 5)), l -> !l.isEmpty());
        TimelineEntry entry = entries.get(0);
        assertThat(entry.reference()).isEqualTo(contact.toString());
        assertThat(entry.summary()).contains("BILLING", "HANDLED", "95 s").doesNotContain(phone);
    }
}
