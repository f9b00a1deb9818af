package hotline.quality.inspection;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.quality.ContactFlagged;
import hotline.quality.InspectionHit;
import hotline.routing.Routing;
import hotline.telephony.RecordingArchive;
import hotline.telephony.Recordings;
import hotline.workorder.LoopFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static hotline.telephony.Transcript.Speaker.AGENT;
import static hotline.telephony.Transcript.Speaker.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Automatic inspection on real Mandarin speech: a call assembled from espeak-ng clips with sox, with a 12 s silence
 * and a talk-over at known offsets, imported with its transcript (and once without), inspected by the listener as
 * in production; the hits name the right rules at the right times.
 */
@HotlineWebTest
class InspectionAudioTests {

    @TempDir Path dir;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Departments departments;
    @Autowired Teams teams;
    @Autowired InspectionService inspection;
    @Autowired InspectionRules rules;
    @Autowired Recordings recordings;
    @Autowired RecordingArchive archive;
    @Autowired Routing routing;
    @Autowired JdbcClient jdbc;

    @Test
    void findsTheForbiddenWordTheSilenceAndTheTalkOverInARealMandarinCall() throws Exception {
        var center = new LoopFixture(users, departments, teams);
        var call = new SpokenCall(dir);
        var greeting = call.say(AGENT, 0.3, "您好，很高兴为您服务，请问有什么可以帮您");
        var complaint = call.say(CALLER, end(greeting) + 0.4, "我家停电了，已经三个小时了");
        var identity = call.say(AGENT, end(complaint) + 0.5, "请提供一下您的户号");
        var account = call.say(CALLER, end(identity) + 0.5, "户号是三一零零一二三四五");
        // the agent looks the account up without a word for 12 s, then loses patience
        var insult = call.say(AGENT, end(account) + 12, "你这个笨蛋，听不懂吗，我已经说了很多遍了");
        var interruption = call.say(CALLER, insult.at() + 0.8, "你们到底什么时候来修");
        var virus = call.say(AGENT, Math.max(end(insult), end(interruption)) + 0.6, "电脑所有病毒已经清除了");
        call.say(AGENT, end(virus) + 0.5, "感谢您的来电，再见");
        var wav = call.stereo();

        var contact = UUID.randomUUID();
        importCall(center, wav, contact, JsonMapper.builder().build().writeValueAsString(call.transcript()));
        var hits = awaitHits(contact);

        assertThat(hits).extracting(InspectionHit::ruleCode)
                .contains("forbidden-words", "silence", "talk-over")
                .doesNotContain("greeting", "identity-check", "closing");
        var forbidden = only(hits, "forbidden-words");
        assertThat(forbidden.startMillis()).isEqualTo(insult.startMillis());
        assertThat(forbidden.excerpt()).contains("笨蛋").doesNotContain("病毒");
        assertThat(forbidden.violation()).isTrue();
        assertThat(forbidden.itemCode()).isEqualTo("manner-forbidden-words");

        var silence = only(hits, "silence");
        assertThat(silence.startMillis()).isCloseTo(account.endMillis(), within(300L));
        assertThat(silence.endMillis()).isCloseTo(insult.startMillis(), within(300L));
        assertThat(silence.excerpt()).contains("(transcript, audio)");
        assertThat(silence.violation()).isFalse();

        var talkOver = only(hits, "talk-over");
        assertThat(talkOver.startMillis()).isCloseTo(interruption.startMillis(), within(400L));
        assertThat(talkOver.endMillis()).isCloseTo(Math.min(insult.endMillis(), interruption.endMillis()),
                within(400L));

        var fragment = mvc.perform(get("/quality/inspection/contacts/{id}/hits", contact)
                        .param("player", "player-" + UUID.randomUUID()).with(as(center.qa)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("data-seek=\"" + insult.startMillis() / 1000.0 + "\"", "笨蛋");
        mvc.perform(get("/api/v1/contacts/{id}/inspection-hits", contact).with(as(center.agent)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/contacts/{id}/inspection-hits", contact).with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isForbidden());

        // the same audio without a transcript: silence and talk-over from the audio alone, and no word judged
        var unheard = UUID.randomUUID();
        importCall(center, wav, unheard, null);
        var fromAudio = awaitHits(unheard);
        assertThat(fromAudio).extracting(InspectionHit::ruleCode).containsOnly("silence", "talk-over");
        assertThat(only(fromAudio, "silence").startMillis()).isCloseTo(account.endMillis(), within(300L));
        assertThat(only(fromAudio, "silence").excerpt()).endsWith("(audio)");
        assertThat(only(fromAudio, "talk-over").startMillis()).isCloseTo(interruption.startMillis(), within(400L));
    }

    @Test
    void aMissingGreetingAndClosingAreViolationsAndTheContactIsFlagged() throws Exception {
        var center = new LoopFixture(users, departments, teams);
        var call = new SpokenCall(dir);
        var question = call.say(AGENT, 0.2, "喂，什么事");
        var complaint = call.say(CALLER, end(question) + 0.3, "我家停电了");
        call.say(AGENT, end(complaint) + 0.3, "知道了，等着吧");
        var contact = UUID.randomUUID();
        var id = importCall(center, call.stereo(), contact,
                JsonMapper.builder().build().writeValueAsString(call.transcript()));
        var hits = awaitHits(contact);
        assertThat(hits).extracting(InspectionHit::ruleCode).contains("greeting", "identity-check", "closing");
        assertThat(only(hits, "greeting").violation()).isTrue();
        assertThat(only(hits, "greeting").startMillis()).isEqualTo(question.startMillis());

        // inspecting again publishes the flag with the hits (here through a publisher that keeps what it is given)
        var published = new ArrayList<Object>();
        jdbc.sql("delete from quality.inspection_hit where recording_id = ?").param(id).update();
        var again = new InspectionService(jdbc, recordings, archive, routing, rules, published::add,
                Clock.systemUTC());
        SystemActor.run(() -> again.inspect(id));
        assertThat(published).singleElement().isInstanceOfSatisfying(ContactFlagged.class, flagged -> {
            assertThat(flagged.contactId()).isEqualTo(contact);
            assertThat(flagged.recordingId()).isEqualTo(id);
            assertThat(flagged.agentId()).isEqualTo(center.agent.id());
            assertThat(flagged.hits()).extracting(InspectionHit::ruleCode).contains("greeting", "closing");
        });
        published.clear();
        SystemActor.run(() -> again.inspect(id));
        assertThat(published).as("nothing new found: no second flag").isEmpty();
    }

    private UUID importCall(LoopFixture center, Path wav, UUID contact, String transcript) throws Exception {
        var request = multipart("/api/v1/recordings")
                .file(new MockMultipartFile("file", "call.wav", "audio/wav", Files.readAllBytes(wav)))
                .param("contactId", contact.toString()).param("agentId", String.valueOf(center.agent.id()));
        if (transcript != null) {
            request.file(new MockMultipartFile("transcript", "", "application/json", transcript.getBytes()));
        }
        var body = mvc.perform(request.with(as(center.qa))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
    }

    private List<InspectionHit> awaitHits(UUID contact) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<InspectionHit> hits;
        while ((hits = inspection.hits(contact)).isEmpty()) {
            assertThat(System.nanoTime()).as("inspection within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        return hits;
    }

    private static InspectionHit only(List<InspectionHit> hits, String rule) {
        var found = hits.stream().filter(h -> h.ruleCode().equals(rule)).toList();
        assertThat(found).as("hits of %s in %s", rule, hits).hasSize(1);
        return found.get(0);
    }

    private static double end(SpokenCall.Line line) {
        return line.at() + line.seconds();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(Role[]::new));
    }

}
