package hotline.customer;

import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer module started on its own, with only what it depends on (platform and audit): no work orders, no
 * telephony. Proves the timeline needs none of its publishers (ADR 0021) and that identification works alone.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class CustomerModuleTests {

    @Autowired
    Customers customers;
    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutTheProcessModules() {
        assertThat(context.containsBean("workOrderService")).isFalse();
        assertThat(context.containsBean("customerArchive")).isTrue();
    }

    @Test
    void registersIdentifiesAndRecordsAnInteractionPublishedByAnyModule(Scenario scenario) {
        String phone = CustomerFixtures.mobile();
        var customer = CustomerFixtures.register(customers, CustomerFixtures.person(
                CustomerFixtures.uniqueName("模块"), phone, CustomerFixtures.accountNumber(), "静安区南京西路1号"));
        assertThat(SystemActor.call(() -> customers.identify("+86 " + phone))).extracting(CustomerSummary::id)
                .containsExactly(customer.id());

        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        scenario.publish(new CustomerInteraction(customer.id(), at, "call", "CALL-1", "来电咨询电费", "/contacts/1"))
                .andWaitForStateChange(() -> SystemActor.call(() -> customers.timeline(customer.id(), "call", null, 5)),
                        list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).extracting(TimelineEntry::reference).containsExactly("CALL-1"));
    }
}
