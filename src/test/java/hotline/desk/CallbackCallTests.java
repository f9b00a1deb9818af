package hotline.desk;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.ContactQuery;
import hotline.routing.ContactRecord;
import hotline.routing.Outcome;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import hotline.workorder.LoopFixture;
import hotline.workorder.Status;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agent calls customers back from the desk (回访, ADR 0093), on the running application with the simulated switch:
 * their phone rings first, then the customer's; the call is an outbound contact of the callback queue, linked to the
 * order, in the agent's figures but not in the queue's inbound ones; a customer who does not answer ends it as not
 * reached; only an order waiting for its callback can be called, and only by someone who may see it.
 */
@HotlineWebTest
class CallbackCallTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Departments departments;
    @Autowired Teams teams;
    @Autowired WorkOrders orders;
    @Autowired Routing routing;
    @Autowired SimulatedEngine engine;

    @Test
    void anAgentCallsTheCustomerOfAnOrderBackAndTheCallIsAnOutboundContactOfTheOrder() throws Exception {
        var f = new LoopFixture(users, departments, teams);
        CallbackFixtures.callbackQueue(routing);
        String reachable = phone();
        String unreachable = phone();
        var answered = CallbackFixtures.waitingForCallback(orders, f, reachable);
        var silent = CallbackFixtures.waitingForCallback(orders, f, unreachable);
        var notYet = LoopFixture.as(f.agent, () -> orders.accept(f.complaint(phone(), f.departmentId)));
        engine.registerPhone("agent:" + f.agent.username(), PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        engine.registerPhone("tel:" + reachable, PhoneBehaviour.answerAfter(Duration.ofMillis(300)));
        engine.registerPhone("tel:" + unreachable, PhoneBehaviour.neverAnswer());
        LoopFixture.as(f.agent, () -> routing.changeState(f.agent.id(), new StateChange(AgentState.READY, null)));
        try {
            mvc.perform(get("/desk/callbacks").with(TestUsers.as(f.agent.id(), f.agent.username(), Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-post=\"/desk/callback-call?workOrderId="
                            + answered.id() + "\"")));
            call(f.otherStaff, answered.id()).andExpect(status().isForbidden());
            call(f.agent, notYet.id()).andExpect(status().isConflict())
                    .andExpect(content().string(containsString("is now Dispatched")));

            call(f.agent, answered.id()).andExpect(status().isNoContent());
            await().atMost(Duration.ofSeconds(20)).until(() -> talking(f.agent));
            // one call at a time
            call(f.agent, silent.id()).andExpect(status().isConflict())
                    .andExpect(content().string(containsString("is now On contact")));
            LoopFixture.as(f.agent, () -> routing.hangUp(f.agent.id()));
            await().atMost(Duration.ofSeconds(20)).until(() -> state(f.agent) == AgentState.WRAP_UP);
            var handled = await().atMost(Duration.ofSeconds(20)).until(() -> records(f.agent),
                    r -> r.size() == 1 && r.get(0).outcome() != null).get(0);
            assertThat(handled.outbound()).isTrue();
            assertThat(handled.queueCode()).isEqualTo("CALLBACK");
            assertThat(handled.workOrderId()).isEqualTo(answered.id());
            assertThat(handled.callerNumber()).isEqualTo(reachable);
            assertThat(handled.outcome()).isEqualTo(Outcome.HANDLED);
            assertThat(handled.answeredAt()).isAfter(handled.arrivedAt());
            assertThat(handled.talkSeconds()).isNotNull();
            // the agent's day counts the call; its handle time reads like the other durations (m:ss)
            mvc.perform(get("/desk/figures").with(TestUsers.as(f.agent.id(), f.agent.username(), Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                            "(?s).*id=\"figure-handled\">1<.*id=\"figure-aht\"[^>]*>\\d+:\\d\\d<.*")));
            var queue = routing.queues().stream().filter(q -> q.code().equals("CALLBACK")).findFirst().orElseThrow();
            assertThat(routing.live(queue.id()).offeredToday()).as("not an inbound contact of the queue").isZero();

            LoopFixture.as(f.agent, () -> routing.changeState(f.agent.id(), new StateChange(AgentState.READY, null)));
            await().atMost(Duration.ofSeconds(20)).until(() -> state(f.agent) == AgentState.READY);
            call(f.agent, silent.id()).andExpect(status().isNoContent());
            var notReached = await().atMost(Duration.ofSeconds(90)).until(() -> records(f.agent),
                    r -> r.size() == 2 && r.get(0).outcome() != null).get(0);
            assertThat(notReached.outcome()).isEqualTo(Outcome.NOT_REACHED);
            assertThat(notReached.workOrderId()).isEqualTo(silent.id());
            assertThat(notReached.answeredAt()).isNull();
            assertThat(state(f.agent)).isEqualTo(AgentState.WRAP_UP);

            // the attempt is recorded on the order from the list; the order waits for the next attempt
            mvc.perform(post("/desk/callback-unreachable").param("workOrderId", String.valueOf(silent.id()))
                            .with(TestUsers.as(f.agent.id(), f.agent.username(), Role.AGENT)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("callback-call?workOrderId=" + silent.id())));
            var attempted = LoopFixture.as(f.agent, () -> orders.get(silent.id()));
            assertThat(attempted.callbackAttempts()).isEqualTo(1);
            assertThat(attempted.status()).isEqualTo(Status.REPLIED);
        } finally {
            CallbackFixtures.logOut(routing, f.agent);
        }
    }

    private org.springframework.test.web.servlet.ResultActions call(Actor who, long workOrderId) throws Exception {
        return mvc.perform(post("/desk/callback-call").param("workOrderId", String.valueOf(workOrderId))
                .with(TestUsers.as(who.id(), who.username(), who.roles().toArray(Role[]::new))).with(csrf()));
    }

    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private AgentState state(Actor agent) {
        return SystemActor.call(() -> routing.agent(agent.id())).state();
    }

    private boolean talking(Actor agent) {
        var me = SystemActor.call(routing::floor).agents().stream().filter(a -> a.userId() == agent.id()).findFirst();
        return me.isPresent() && me.get().state() == AgentState.ON_CONTACT && me.get().contact() != null
                && me.get().contact().answeredAt() != null
                && me.get().contact().answeredAt().isAfter(me.get().since());
    }

    private List<ContactRecord> records(Actor agent) {
        return SystemActor.call(() -> routing.contacts(new ContactQuery(null, agent.id(), null, null, null, null,
                10)));
    }
}
