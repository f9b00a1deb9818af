package hotline.desk;

import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.Skills;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentState;
import hotline.routing.ContactQuery;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call control from the desktop over the REST API, on the running application with the simulated switch (the same
 * context as the browser journey): an agent acts only on their own contact, 409 names the state when there is nothing
 * to act on, 400 names the missing field, and a transfer to a queue hands the same call to another agent while the
 * first wraps up with a record marked transferred.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"hotline.test.own-database=desk-browser", "hotline.desk.tick=100ms"})
class DeskCallControlTests {

    static final String PASSWORD = "desk-secret-2";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired Skills skills;
    @Autowired Routing routing;
    @Autowired SimulatedEngine engine;
    @Autowired TelephonyEvents events;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAgentControlsOnlyTheirOwnCallAndTransfersItToAnotherQueue() throws Exception {
        var a = SystemActor.call(() -> users.create(new NewUser("cc-agent-a", "甲", PASSWORD, null, null,
                Set.of(Role.AGENT))));
        var b = SystemActor.call(() -> users.create(new NewUser("cc-agent-b", "乙", PASSWORD, null, null,
                Set.of(Role.AGENT))));
        SystemActor.run(() -> {
            if (skills.list().stream().noneMatch(s -> s.code().equals("billing"))) {
                skills.create(new NewSkill("billing", "电费咨询", Channel.VOICE, "desk"));
            }
            skills.create(new NewSkill("cc-second", "二线", Channel.VOICE, "desk"));
            skills.setSkills(a.id(), Map.of("billing", 3));
            skills.setSkills(b.id(), Map.of("cc-second", 3));
            if (routing.queues().stream().noneMatch(q -> q.code().equals("BILLING"))) {
                routing.createQueue(new QueueDraft("BILLING", "电费咨询", Channel.VOICE, Map.of("billing", 2), 0,
                        Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 30, 60, true, null));
            }
            routing.createQueue(new QueueDraft("SECOND_LINE", "二线支持", Channel.VOICE, Map.of("cc-second", 1), 0,
                    Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 30, 60, true, null));
        });
        engine.registerPhone("agent:cc-agent-a", PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        engine.registerPhone("agent:cc-agent-b", PhoneBehaviour.answerAfter(Duration.ofMillis(200)));
        try {
            assertThat(post("cc-agent-a", "/api/v1/agents/" + a.id() + "/state", "{\"state\":\"READY\"}").statusCode())
                    .isEqualTo(200);
            var nothing = post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/answer", "");
            assertThat(nothing.statusCode()).isEqualTo(409);
            assertThat(nothing.body()).contains("illegal-transition").contains("READY");
            assertThat(post("cc-agent-b", "/api/v1/agents/" + b.id() + "/state", "{\"state\":\"READY\"}").statusCode())
                    .isEqualTo(200);

            callBilling("13900009999");
            await(() -> state(a.id()) == AgentState.ON_CONTACT);

            assertThat(post("cc-agent-b", "/api/v1/agents/" + a.id() + "/contact/hold", "").statusCode())
                    .as("another agent may not touch the call").isEqualTo(403);
            var noKind = post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/transfer", "{}");
            assertThat(noKind.statusCode()).isEqualTo(400);
            assertThat(noKind.body()).contains("\"kind\"");
            var noAgent = post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/transfer", "{\"kind\":\"AGENT\"}");
            assertThat(noAgent.statusCode()).isEqualTo(400);
            assertThat(noAgent.body()).contains("\"agentId\"");

            assertThat(post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/hold", "").statusCode()).isEqualTo(202);
            await(() -> onHold(a.id()));
            var twice = post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/hold", "");
            assertThat(twice.statusCode()).isEqualTo(409);
            assertThat(twice.body()).contains("ON_HOLD");
            assertThat(post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/resume", "").statusCode())
                    .isEqualTo(202);
            await(() -> !onHold(a.id()));

            var moved = post("cc-agent-a", "/api/v1/agents/" + a.id() + "/contact/transfer",
                    "{\"kind\":\"QUEUE\",\"queueCode\":\"SECOND_LINE\"}");
            assertThat(moved.statusCode()).isEqualTo(202);
            await(() -> state(b.id()) == AgentState.ON_CONTACT);
            assertThat(state(a.id())).isEqualTo(AgentState.WRAP_UP);
            var records = SystemActor.call(() -> routing.contacts(new ContactQuery(null, a.id(), null, null, null,
                    null, 10)));
            assertThat(records).singleElement().satisfies(r -> assertThat(r.transferred()).isTrue());

            assertThat(post("cc-agent-b", "/api/v1/agents/" + b.id() + "/contact/hang-up", "").statusCode())
                    .isEqualTo(202);
            await(() -> state(b.id()) == AgentState.WRAP_UP);
            var day = get("cc-agent-b", "/api/v1/agents/" + b.id() + "/today");
            assertThat(day.statusCode()).isEqualTo(200);
            assertThat(day.body()).contains("\"handled\":1");
        } finally {
            SystemActor.run(() -> {
                for (var id : new long[]{a.id(), b.id()}) {
                    try {
                        routing.changeState(id, new StateChange(AgentState.LOGGED_OUT, null));
                    } catch (RuntimeException ignored) {
                        // already logged out, or on a contact: the request waits until after the wrap-up
                    }
                }
            });
        }
    }

    private AgentState state(long id) {
        return SystemActor.call(() -> routing.agent(id)).state();
    }

    private boolean onHold(long id) {
        var me = SystemActor.call(routing::floor).agents().stream().filter(x -> x.userId() == id).findFirst();
        return me.isPresent() && me.get().contact() != null && me.get().contact().onHold();
    }

    private void callBilling(String number) throws InterruptedException {
        var offered = new CopyOnWriteArrayList<TelephonyEvent.CallOffered>();
        var greeted = new CopyOnWriteArrayList<TelephonyEvent.PlaybackFinished>();
        try (var x = events.subscribe(TelephonyEvent.CallOffered.class, offered::add);
             var y = events.subscribe(TelephonyEvent.PlaybackFinished.class, greeted::add)) {
            engine.placeCall(number, "95598");
            await(() -> !offered.isEmpty() && greeted.stream().anyMatch(p -> p.leg().equals(offered.get(0).leg())
                    && p.tag().equals("ivr-greeting")));
        }
        engine.pressDigits(offered.get(0).leg(), "2");
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        var basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
