package hotline.desk;

import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.CallbackRequest;
import hotline.routing.CallbackRequests;
import hotline.routing.ContactQuery;
import hotline.routing.Outcome;
import hotline.routing.QueueDraft;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.routing.Strategy;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing falls through when a queue overflows to callback: the caller hears that their call is registered before the
 * call ends, the request waits on the desks of the queue's agents (and only theirs), an agent calls back from the desk
 * and records whether it reached the caller; a caller never reached is closed as unreachable after the attempts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"hotline.test.own-database=callback-requests",
        "hotline.routing.callback-request-attempts=2", "hotline.routing.outbound-ring-timeout=PT3S",
        "hotline.routing.callback-notice=tts:您的来电已登记"})
class CallbackRequestTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Routing routing;
    @Autowired hotline.organization.Skills skills;
    @Autowired CallbackRequests requests;
    @Autowired SimulatedEngine engine;
    @Autowired TelephonyEvents events;

    @Test
    void aCallerWhoseQueueOverflowedIsCalledBackFromTheDesk() throws Exception {
        var agent = SystemActor.call(() -> users.create(new NewUser("cb-agent", "回呼坐席", "cb-secret-12", null, null,
                Set.of(Role.AGENT))));
        var stranger = SystemActor.call(() -> users.create(new NewUser("cb-other", "别的坐席", "cb-secret-12", null,
                null, Set.of(Role.AGENT))));
        var colleague = SystemActor.call(() -> users.create(new NewUser("cb-colleague", "同组坐席", "cb-secret-12",
                null, null, Set.of(Role.AGENT))));
        SystemActor.run(() -> {
            // routing knows agents by their skills
            skills.create(new hotline.organization.NewSkill("complaint", "投诉处理", Channel.VOICE, "test"));
            skills.create(new hotline.organization.NewSkill("billing", "电费咨询", Channel.VOICE, "test"));
            skills.setSkills(agent.id(), Map.of("complaint", 3));
            skills.setSkills(colleague.id(), Map.of("complaint", 2));
            skills.setSkills(stranger.id(), Map.of("billing", 3));
        });
        CallbackFixtures.callbackQueue(routing);
        long complaints = SystemActor.call(() -> {
            // nobody serves complaints yet: a caller waits one second, then the queue offers a callback
            var queue = routing.createQueue(new QueueDraft("COMPLAINT", "投诉建议", Channel.VOICE, Map.of("complaint", 1), 0,
                    Strategy.LONGEST_IDLE, 80, 20, 1, null, true, null, 1, 1, 20, true, null));
            return queue.id();
        });
        for (var known : List.of(agent, colleague, stranger)) {
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> state(known.id()) != null);
        }
        SystemActor.callAs(new hotline.platform.security.Actor(-1L, "cb-supervisor", "主管", Set.of(Role.SUPERVISOR)),
                () -> routing.assignQueues(agent.id(), List.of(complaints)));
        RequestPostProcessor asAgent = TestUsers.as(agent.id(), agent.username(), Role.AGENT);
        var me = new hotline.platform.security.Actor(agent.id(), agent.username(), agent.displayName(),
                Set.of(Role.AGENT));

        String reachable = "13911110001";
        String silent = "13911110002";
        var notices = new CopyOnWriteArrayList<TelephonyEvent.PlaybackFinished>();
        var ended = new CopyOnWriteArrayList<TelephonyEvent.LegEnded>();
        try (var a = events.subscribe(TelephonyEvent.PlaybackFinished.class, notices::add);
             var b = events.subscribe(TelephonyEvent.LegEnded.class, ended::add)) {
            for (String caller : List.of(reachable, silent)) {
                var offered = new CopyOnWriteArrayList<TelephonyEvent.CallOffered>();
                try (var c = events.subscribe(TelephonyEvent.CallOffered.class, offered::add)) {
                    engine.placeCall(caller, "95598");
                    await().atMost(Duration.ofSeconds(20)).until(() -> notices.stream().anyMatch(p ->
                            !offered.isEmpty() && p.leg().equals(offered.get(0).leg()) && p.tag().equals("ivr-greeting")));
                }
                var leg = offered.get(0).leg();
                engine.pressDigits(leg, "3");                       // the IVR's menu: 3 = COMPLAINT
                // the caller hears the notice to its end, then the call ends
                await().atMost(Duration.ofSeconds(20)).until(() -> ended.stream().anyMatch(e -> e.leg().equals(leg)));
                assertThat(notices).anyMatch(p -> p.leg().equals(leg) && p.tag().equals("callback-notice")
                        && p.at().isBefore(ended.stream().filter(e -> e.leg().equals(leg)).findFirst().orElseThrow().at()));
            }
        }
        var records = await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(() -> routing.contacts(
                new ContactQuery(complaints, null, null, Outcome.CALLBACK, null, null, 10))), r -> r.size() == 2);
        assertThat(records).extracting(r -> r.callerNumber()).containsExactlyInAnyOrder(reachable, silent);

        // on the desks of the queue's agents — assigned to it, or qualified by their skills — oldest first; not on
        // the desk of an agent who cannot take the queue's calls
        mvc.perform(get("/desk/callback-requests").with(asAgent)).andExpect(status().isOk())
                .andExpect(content().string(containsString(reachable)))
                .andExpect(content().string(containsString(silent)));
        mvc.perform(get("/desk/callback-requests").with(TestUsers.as(colleague.id(), colleague.username(), Role.AGENT)))
                .andExpect(content().string(containsString(reachable)));
        mvc.perform(get("/desk/callback-requests").with(TestUsers.as(stranger.id(), stranger.username(), Role.AGENT)))
                .andExpect(content().string(not(containsString(reachable))));
        var open = SystemActor.call(() -> requests.open(10));
        assertThat(open).extracting(CallbackRequest::callerNumber).containsExactly(reachable, silent);
        var first = open.get(0);
        var second = open.get(1);
        // the other agent cannot call it: it is not in their queues
        mvc.perform(post("/desk/callback-requests/{id}/call", first.contactId()).param("version", "0")
                        .with(TestUsers.as(stranger.id(), stranger.username(), Role.AGENT)).with(csrf()))
                .andExpect(status().isNotFound());
        // recording an outcome before any call is refused
        mvc.perform(post("/desk/callback-requests/{id}/outcome", first.contactId()).param("reached", "true")
                        .param("version", "0").with(asAgent).with(csrf()))
                .andExpect(status().isConflict());

        engine.registerPhone("agent:" + agent.username(), PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        engine.registerPhone("tel:" + reachable, PhoneBehaviour.answerAfter(Duration.ofMillis(300)));
        engine.registerPhone("tel:" + silent, PhoneBehaviour.neverAnswer());
        ready(agent.id());
        mvc.perform(post("/desk/callback-requests/{id}/call", first.contactId()).param("version", "0")
                        .with(asAgent).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1 attempt")));
        await().atMost(Duration.ofSeconds(20)).until(() -> state(agent.id()) == AgentState.ON_CONTACT);
        // the same request at the version the page showed: someone already took it
        mvc.perform(post("/desk/callback-requests/{id}/call", first.contactId()).param("version", "0")
                        .with(asAgent).with(csrf()))
                .andExpect(status().isConflict());
        SystemActor.callAs(me, () -> routing.hangUp(agent.id()));
        mvc.perform(post("/desk/callback-requests/{id}/outcome", first.contactId()).param("reached", "true")
                        .param("version", "1").with(asAgent).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(reachable))));

        // a caller never reached: open after the first attempt, closed as unreachable after the second
        for (int attempt = 1; attempt <= 2; attempt++) {
            ready(agent.id());
            var request = SystemActor.call(() -> requests.open(10)).get(0);
            assertThat(request.contactId()).isEqualTo(second.contactId());
            var version = request.version();
            SystemActor.callAs(me, () -> requests.call(second.contactId(), version));
            await().atMost(Duration.ofSeconds(30)).until(() -> state(agent.id()) == AgentState.WRAP_UP);
            var recorded = SystemActor.callAs(me, () -> requests.record(second.contactId(), false, version + 1));
            assertThat(recorded.attempts()).isEqualTo(attempt);
            assertThat(recorded.status()).isEqualTo(attempt < 2 ? CallbackRequest.Status.OPEN
                    : CallbackRequest.Status.UNREACHABLE);
        }
        assertThat(SystemActor.call(() -> requests.open(10))).isEmpty();
        SystemActor.run(() -> routing.changeState(agent.id(), new StateChange(AgentState.LOGGED_OUT, null)));
    }

    private void ready(long agentId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var state = state(agentId);
            if (state == AgentState.READY) {
                return true;
            }
            if (state != AgentState.ON_CONTACT && state != AgentState.RESERVED) {
                SystemActor.run(() -> routing.changeState(agentId, new StateChange(AgentState.READY, null)));
            }
            return false;
        });
    }

    private AgentState state(long agentId) {
        return SystemActor.call(() -> routing.agent(agentId)).state();
    }
}
