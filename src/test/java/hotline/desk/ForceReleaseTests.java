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
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import hotline.workorder.LoopFixture;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
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
 * Force release (强拆) from the wallboard, on the running application with the simulated switch: the agent's team lead
 * ends the agent's call and the agent wraps up; a lead of another team may not; an agent not on a call cannot be
 * released (409 naming the state); the action is in the audit trail.
 */
@HotlineWebTest
class ForceReleaseTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Departments departments;
    @Autowired Teams teams;
    @Autowired WorkOrders orders;
    @Autowired Routing routing;
    @Autowired SimulatedEngine engine;

    @Test
    void theTeamLeadEndsTheAgentsCallFromTheWallboard() throws Exception {
        var f = new LoopFixture(users, departments, teams);
        var other = new LoopFixture(users, departments, teams);
        CallbackFixtures.callbackQueue(routing);
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var o = CallbackFixtures.waitingForCallback(orders, f, phone);
        engine.registerPhone("agent:" + f.agent.username(), PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        engine.registerPhone("tel:" + phone, PhoneBehaviour.answerAfter(Duration.ofMillis(300)));

        LoopFixture.as(f.agent, () -> routing.changeState(f.agent.id(), new StateChange(AgentState.READY, null)));
        try {
            // ready, not on a call: nothing to release
            release(f.lead, f.agent).andExpect(status().isConflict())
                    .andExpect(content().string(containsString(f.agent.username() + " is now Ready")));
            mvc.perform(post("/desk/callback-call").param("workOrderId", String.valueOf(o.id()))
                            .with(TestUsers.as(f.agent.id(), f.agent.username(), Role.AGENT)).with(csrf()))
                    .andExpect(status().isNoContent());
            await().atMost(Duration.ofSeconds(20)).until(() -> state(f.agent) == AgentState.ON_CONTACT);

            release(other.lead, f.agent).andExpect(status().isForbidden());
            assertThat(state(f.agent)).isEqualTo(AgentState.ON_CONTACT);
            release(f.lead, f.agent).andExpect(status().isNoContent());
            await().atMost(Duration.ofSeconds(20)).until(() -> state(f.agent) == AgentState.WRAP_UP);

            mvc.perform(get("/api/v1/audit").param("entityType", "agent").param("entityId", String.valueOf(f.agent.id()))
                            .with(TestUsers.as(Role.ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("force-release")));
        } finally {
            CallbackFixtures.logOut(routing, f.agent);
        }
    }

    private org.springframework.test.web.servlet.ResultActions release(Actor lead, Actor agent) throws Exception {
        return mvc.perform(post("/wallboard/agents/{id}/release", agent.id())
                .with(TestUsers.as(lead.id(), lead.username(), Role.TEAM_LEAD)).with(csrf()));
    }

    private AgentState state(Actor agent) {
        return SystemActor.call(() -> routing.agent(agent.id())).state();
    }
}
