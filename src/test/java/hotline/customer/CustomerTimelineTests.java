package hotline.customer;

import hotline.HotlineWebTest;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static hotline.customer.CustomerFixtures.mobile;
import static hotline.customer.CustomerFixtures.person;
import static hotline.customer.CustomerFixtures.register;
import static hotline.customer.CustomerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The timeline read model: fed by CustomerInteraction events, idempotent, filtered by kind, following merges. */
@HotlineWebTest
class CustomerTimelineTests {

    static final Instant MORNING = Instant.parse("2026-03-02T01:30:00Z");

    @Autowired
    Customers customers;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anInteractionPublishedByAnotherModuleLandsOnTheTimelineAfterCommit() {
        var customer = register(customers, person(uniqueName("钱"), mobile(), null, null));
        transaction.executeWithoutResult(status -> publisher.publishEvent(new CustomerInteraction(customer.id(), MORNING,
                "work-order", "GD2026-000123", "报修：单元楼道停电", "/work-orders/123")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "work-order", null, 10)))
                        .singleElement().satisfies(e -> {
                            assertThat(e.reference()).isEqualTo("GD2026-000123");
                            assertThat(e.link()).isEqualTo("/work-orders/123");
                            assertThat(e.at()).isEqualTo(MORNING);
                        }));
    }

    @Test
    void anInteractionPublishedInARolledBackTransactionNeverArrives() throws InterruptedException {
        var customer = register(customers, person(uniqueName("孙"), mobile(), null, null));
        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new CustomerInteraction(customer.id(), MORNING, "call", "ROLLED-BACK", null, null));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> publisher.publishEvent(
                new CustomerInteraction(customer.id(), MORNING, "call", "COMMITTED", null, null)));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 10)).isEmpty());
        assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 10)))
                .extracting(TimelineEntry::reference).containsExactly("COMMITTED");
    }

    @Test
    void recordingTheSameInteractionTwiceKeepsOneEntry() {
        var customer = register(customers, person(uniqueName("李"), mobile(), null, null));
        var call = new CustomerInteraction(customer.id(), MORNING, "call", "CALL-9", "咨询", null);
        customers.recordInteraction(call);
        customers.recordInteraction(call);
        assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 10))).hasSize(1);
    }

    @Test
    void showsNewestFirstFilteredByKindAndPagedByCursor() {
        var customer = register(customers, person(uniqueName("周"), mobile(), null, null));
        for (int i = 0; i < 5; i++) {
            customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING.plusSeconds(60L * i), "call",
                    "R" + i, "第" + i + "次", null));
        }
        customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING.plusSeconds(90), "chat", "C1", null, null));
        var firstPage = SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 2));
        var secondPage = SystemActor.call(() -> customers.timeline(customer.id(), "call", firstPage.get(1).id(), 2));
        assertThat(firstPage).extracting(TimelineEntry::reference).containsExactly("R4", "R3");
        assertThat(secondPage).extracting(TimelineEntry::reference).containsExactly("R2", "R1");
        assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "chat", null, 10)))
                .extracting(TimelineEntry::reference).containsExactly("C1");
        assertThat(SystemActor.call(() -> customers.timeline(customer.id(), null, null, 10)))
                .extracting(TimelineEntry::kind).containsExactly("archive", "call", "call", "call", "chat", "call", "call");
        assertThat(SystemActor.call(() -> customers.timelineKinds(customer.id()))).containsExactly("archive", "call", "chat");
    }

    @Test
    void anInteractionOfAMergedCustomerLandsOnTheSurvivor() {
        var survivor = register(customers, person(uniqueName("吴"), mobile(), null, null));
        var duplicate = register(customers, person(uniqueName("吴"), mobile(), null, null));
        Acting.run(() -> customers.merge(survivor.id(), List.of(duplicate.id())), Role.TEAM_LEAD);
        customers.recordInteraction(new CustomerInteraction(duplicate.id(), MORNING, "callback", "CB-1", "回访满意", null));
        assertThat(SystemActor.call(() -> customers.timeline(survivor.id(), "callback", null, 10)))
                .extracting(TimelineEntry::reference).containsExactly("CB-1");
        assertThat(SystemActor.call(() -> customers.timeline(duplicate.id(), "callback", null, 10)))
                .as("the merged archive's timeline is the survivor's").hasSize(1);
    }

    @Test
    void dropsLinksThatAreNotConsolePaths() {
        var customer = register(customers, person(uniqueName("郑"), mobile(), null, null));
        customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING, "chat", "A", null, "javascript:alert(1)"));
        customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING, "chat", "B", null, "//evil.example"));
        customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING, "chat", "C", null, "/chats/7"));
        assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "chat", null, 10)))
                .extracting(TimelineEntry::link).containsExactlyInAnyOrder(null, null, "/chats/7");
    }

    @Test
    void refusesMalformedKindsAndUnknownCustomers() {
        var customer = register(customers, person(uniqueName("王"), mobile(), null, null));
        assertThatThrownBy(() -> customers.recordInteraction(new CustomerInteraction(customer.id(), MORNING,
                "Work Order", null, null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> customers.recordInteraction(new CustomerInteraction(987_654_321L, MORNING,
                "call", null, null, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUndeliverableEventIsDroppedInsteadOfRetriedForEver() {
        var customer = register(customers, person(uniqueName("冯"), mobile(), null, null));
        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new CustomerInteraction(987_654_321L, MORNING, "call", "LOST", null, null));
            publisher.publishEvent(new CustomerInteraction(customer.id(), MORNING, "call", "AFTER", null, null));
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 10)))
                        .extracting(TimelineEntry::reference).containsExactly("AFTER"));
    }
}
