package hotline.workorder;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import hotline.customer.TimelineEntry;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Work orders and the customer archive: intake from a screen pop, the order on the customer's timeline. */
@HotlineWebTest
class WorkOrderCustomerTests {

    @Autowired
    WorkOrders orders;
    @Autowired
    Customers customers;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    MockMvc mvc;

    LoopFixture f;

    @BeforeEach
    void center() {
        f = new LoopFixture(users, departments, teams);
    }

    @Test
    void anOrderOfAKnownCustomerLandsOnTheirTimelineWhenAcceptedAndWhenArchived() {
        String phone = CustomerFixtures.mobile();
        var customer = CustomerFixtures.register(customers, CustomerFixtures.person(
                CustomerFixtures.uniqueName("王五"), phone, CustomerFixtures.accountNumber(), "浦东新区张江路9号"));
        var request = f.complaint(phone, null);
        var linked = new NewWorkOrder(request.type(), null, request.urgency(), true, "保密标题不外泄",
                request.description(), request.channel(), null, customer.id(), customer.name(), phone,
                request.customerAddress(), request.accountNumber(), null, "当场答复");
        var order = as(f.agent, () -> orders.accept(linked));

        var entries = awaitTimeline(customer.id(), 1);
        assertThat(entries.get(0).reference()).isEqualTo(order.number());
        assertThat(entries.get(0).link()).isEqualTo("/work-orders/" + order.id());
        assertThat(entries.get(0).summary()).contains(order.number()).doesNotContain("保密标题不外泄");

        var current = as(f.agent, () -> orders.get(order.id()));
        if (current.status() == Status.REPLIED) {
            long replied = current.version();
            current = as(f.agent, () -> orders.callback(order.id(), new Commands.Callback(replied,
                    CallbackResult.REACHED, Satisfaction.SATISFIED, "满意")));
        }
        if (current.status() != Status.ARCHIVED) {
            long version = current.version();
            current = as(f.agent, () -> orders.archive(order.id(), new Commands.Versioned(version)));
        }
        assertThat(current.status()).isEqualTo(Status.ARCHIVED);
        assertThat(awaitTimeline(customer.id(), 2).get(0).summary()).contains("ARCHIVED");
    }

    @Test
    void anUnknownCustomerIdIsRefusedNamingTheField() {
        var request = f.complaint(CustomerFixtures.mobile(), f.departmentId);
        var unknown = new NewWorkOrder(request.type(), null, request.urgency(), false, request.title(),
                request.description(), request.channel(), null, Long.MAX_VALUE, request.customerName(),
                request.customerPhone(), null, null, f.departmentId, null);
        assertThatThrownBy(() -> as(f.agent, () -> orders.accept(unknown)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                                .containsExactly("customerId"));
    }

    @Test
    void aScreenPopOpensTheIntakeFormWithTheCallersArchive() throws Exception {
        String phone = CustomerFixtures.mobile();
        String name = CustomerFixtures.uniqueName("赵六");
        var customer = CustomerFixtures.register(customers, CustomerFixtures.person(name, phone, "9123456780",
                "徐汇区漕溪北路1号"));
        var agent = TestUsers.as(f.agent.id(), f.agent.username(), Role.AGENT);
        mvc.perform(get("/work-orders/new").with(agent).param("phone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + customer.id() + "\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"9123456780\"")));
        String stranger = CustomerFixtures.mobile();
        mvc.perform(get("/work-orders/new").with(agent).param("phone", stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + stranger + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + name + "\""))));
    }

    private List<TimelineEntry> awaitTimeline(long customerId, int atLeast) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> SystemActor.call(() -> customers.timeline(customerId, "work-order", null, 10)),
                list -> list.size() >= atLeast);
    }
}
