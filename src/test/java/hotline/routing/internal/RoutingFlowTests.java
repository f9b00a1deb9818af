package hotline.routing.internal;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.Skills;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.ContactQuery;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.Routing;
import hotline.telephony.LegId;
import hotline.telephony.Originate;
import hotline.telephony.Prompt;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatedEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole path on the real application: a call enters the simulated switch, the IVR queues it for BILLING, the
 * router rings the only ready agent's simulated phone, the phone answers, the caller hangs up; the contact record,
 * the agent's state history, the interval statistics and a rebuilt router all agree.
 */
@HotlineWebTest
class RoutingFlowTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Skills skills;
    @Autowired Routing routing;
    @Autowired SimulatedEngine engine;
    @Autowired TelephonyEvents events;
    @Autowired RoutingEngine routingEngine;
    @Autowired RoutingStore store;
    @Autowired IntervalStatistics statistics;
    @Autowired hotline.telephony.Recordings recordings;

    @Test
    void aCallIsRoutedAnsweredRecordedAndCounted() throws Exception {
        // the test framework pauses cached contexts (stop) and resumes them (start): the router must come back
        routingEngine.stop();
        routingEngine.start();
        var agent = SystemActor.call(() -> users.create(new NewUser("rt-agent-" + ProcessHandle.current().pid(),
                "路由测试", "secret12345", null, null, Set.of(Role.AGENT))));
        SystemActor.run(() -> {
            if (skills.list().stream().noneMatch(s -> s.code().equals("billing"))) {
                skills.create(new NewSkill("billing", "电费咨询", Channel.VOICE, "test"));
            }
            skills.setSkills(agent.id(), Map.of("billing", 4));
            if (routing.reasonCodes().stream().noneMatch(r -> r.code().equals("BREAK"))) {
                routing.createReasonCode(new ReasonCodeDraft("BREAK", "小休", false, true, null));
            }
        });
        var created = mvc.perform(post("/api/v1/queues").with(TestUsers.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code":"BILLING","name":"电费咨询","channel":"VOICE","requiredSkills":{"billing":2},
                                 "priority":0,"strategy":"LONGEST_IDLE","serviceLevelPercent":80,
                                 "serviceLevelSeconds":20,"relaxedMinProficiency":1,"wrapUpSeconds":1,
                                 "ringTimeoutSeconds":20,"enabled":true}"""))
                .andExpect(status().isCreated()).andReturn();
        long queueId = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
                .longValue();

        var self = TestUsers.as(agent.id(), agent.username(), Role.AGENT);
        mvc.perform(post("/api/v1/agents/{id}/state", agent.id()).with(self)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"NOT_READY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        mvc.perform(post("/api/v1/agents/{id}/state", agent.id()).with(self)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"READY\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("READY"));
        mvc.perform(post("/api/v1/agents/{id}/state", agent.id()).with(self)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"READY\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("illegal-transition"));
        mvc.perform(post("/api/v1/agents/{id}/state", agent.id()).with(TestUsers.as(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"LOGGED_OUT\"}"))
                .andExpect(status().isForbidden());

        // phones that always answer: the simulator's default devices miss 5 % of calls, which would make this flaky
        engine.registerPhone("agent:" + agent.username(), PhoneBehaviour.answerAfter(Duration.ofMillis(300)));
        engine.registerPhone("agent:transfer-target", PhoneBehaviour.answerAfter(Duration.ofMillis(300)));
        var offered = new CopyOnWriteArrayList<TelephonyEvent.CallOffered>();
        var greeted = new CopyOnWriteArrayList<TelephonyEvent.PlaybackFinished>();
        try (var a = events.subscribe(TelephonyEvent.CallOffered.class, offered::add);
             var b = events.subscribe(TelephonyEvent.PlaybackFinished.class, greeted::add)) {
            engine.placeCall("13900001234", "95598");
            await(() -> !offered.isEmpty() && greeted.stream().anyMatch(
                    p -> p.leg().equals(offered.get(0).leg()) && p.tag().equals("ivr-greeting")));
        }
        LegId customer = offered.get(0).leg();
        engine.pressDigits(customer, "2");          // the IVR's menu: 2 = BILLING
        await(() -> {
            return routing.agent(agent.id()).state() == AgentState.ON_CONTACT;
        });
        engine.hold(customer, Prompt.tts("请稍候")).toCompletableFuture().join();
        Thread.sleep(50);
        engine.unhold(customer).toCompletableFuture().join();
        engine.hangUpFromFarEnd(customer);
        await(() -> routing.agent(agent.id()).state() == AgentState.READY);   // after the 1 s wrap-up
        routingEngine.flush();

        var records = SystemActor.call(() -> routing.contacts(new ContactQuery(queueId, null, null, null, null, null, 10)));
        assertThat(records).hasSize(1);
        var record = records.get(0);
        assertThat(record.status()).isEqualTo(ContactStatus.ENDED);
        assertThat(record.outcome()).isEqualTo(Outcome.HANDLED);
        assertThat(record.agentId()).isEqualTo(agent.id());
        assertThat(record.talkSeconds()).isNotNull();
        assertThat(record.holdSeconds()).isPositive();
        assertThat(record.wrapUpSeconds()).isNotNull();
        assertThat(record.transferred()).isFalse();

        // the answered call was recorded (stereo, the customer's leg) and archived with its contact and agent
        await(() -> !SystemActor.call(() -> recordings.forContact(record.id())).isEmpty());
        var recording = SystemActor.call(() -> recordings.forContact(record.id())).get(0);
        assertThat(recording.agentId()).isEqualTo(agent.id());
        assertThat(recording.type()).isEqualTo("contact");
        assertThat(recording.stereo()).isTrue();
        assertThat(recording.key()).startsWith("contacts/").endsWith(record.id() + "_" + agent.id());
        assertThat(recording.sha256()).hasSize(64);
        assertThat(recording.bytes()).isGreaterThan(44);

        mvc.perform(get("/api/v1/queues/{id}/live", queueId).with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting").value(0))
                .andExpect(jsonPath("$.offeredToday").value(1))
                .andExpect(jsonPath("$.answeredToday").value(1))
                .andExpect(jsonPath("$.abandonedToday").value(0))
                .andExpect(jsonPath("$.agentsByState.READY").value(1));

        var history = routingHistory(agent);
        assertThat(history).containsSubsequence("READY", "RESERVED", "ON_CONTACT", "WRAP_UP", "READY");

        statistics.recompute(record.arrivedAt().minus(Duration.ofMinutes(1)));
        var from = record.arrivedAt().minus(Duration.ofHours(1));
        var to = record.arrivedAt().plus(Duration.ofHours(1));
        mvc.perform(get("/api/v1/interval-stats").with(TestUsers.as(Role.MANAGER))
                        .param("queue", String.valueOf(queueId)).param("from", from.toString())
                        .param("to", to.toString()).param("interval", "15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].offered").value(1))
                .andExpect(jsonPath("$[0].answered").value(1));
        assertThat(routing.agentIntervalStats(agent.id(), from, to, 30))
                .anySatisfy(stat -> assertThat(stat.handled()).isEqualTo(1));

        // A restart: a fresh router rebuilt from the tables sees the same queue, agent state and today's counts.
        var rebuilt = new Router(new RouterCounters(ZoneOffset.ofHours(8)));
        var interrupted = store.rebuild(rebuilt, SystemActor.call(skills::agents), Instant.now());
        assertThat(interrupted).isEmpty();
        assertThat(rebuilt.agent(agent.id()).state).isEqualTo(AgentState.READY);
        assertThat(rebuilt.counters().today(queueId, Instant.now()).answered).isEqualTo(1);
        assertThat(rebuilt.liveContacts()).isEmpty();

        // A second call, which the agent transfers blind: their part ends, the caller talks on with the target.
        offered.clear();
        greeted.clear();
        try (var a = events.subscribe(TelephonyEvent.CallOffered.class, offered::add);
             var b = events.subscribe(TelephonyEvent.PlaybackFinished.class, greeted::add)) {
            engine.placeCall("13900005678", "95598");
            await(() -> !offered.isEmpty() && greeted.stream().anyMatch(
                    p -> p.leg().equals(offered.get(0).leg()) && p.tag().equals("ivr-greeting")));
        }
        var second = offered.get(0).leg();
        engine.pressDigits(second, "2");
        await(() -> routing.agent(agent.id()).state() == AgentState.ON_CONTACT);
        engine.transferBlind(second, Originate.to(engine.newLegId(), "agent:transfer-target"))
                .toCompletableFuture().join();
        await(() -> routing.agent(agent.id()).state() == AgentState.READY);
        routingEngine.flush();
        var transferred = SystemActor.call(() -> routing.contacts(
                new ContactQuery(queueId, null, null, null, null, null, 10))).get(0);
        assertThat(transferred.outcome()).isEqualTo(Outcome.HANDLED);
        assertThat(transferred.transferred()).isTrue();
        assertThat(engine.liveLegs()).as("the caller still talks with the transfer's target").isPositive();
        engine.hangUpFromFarEnd(second);
    }

    private List<String> routingHistory(UserView agent) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select state from routing.agent_state_history where user_id = ? order by started_at, id")
                .param(agent.id()).query(String.class).list();
    }

    @Autowired javax.sql.DataSource dataSource;

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60 s");
            }
            Thread.sleep(500);
        }
    }
}
