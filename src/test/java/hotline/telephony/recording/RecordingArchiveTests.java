package hotline.telephony.recording;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.workorder.LoopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The archive through its REST API and pages: import, transcripts, playback with ranges, who may listen, retention. */
@HotlineWebTest
class RecordingArchiveTests {

    static final String TRANSCRIPT = """
            {"source":"test-asr","segments":[
              {"startMillis":0,"endMillis":1800,"speaker":"AGENT","text":"您好，很高兴为您服务"},
              {"startMillis":2000,"endMillis":3500,"speaker":"caller","text":"我家停电了"}]}""";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Departments departments;
    @Autowired Teams teams;
    @Autowired RetentionPolicies policies;
    @Autowired RecordingStore store;
    @Autowired JdbcClient jdbc;

    LoopFixture center;

    @BeforeEach
    void center() {
        center = new LoopFixture(users, departments, teams);
    }

    static RequestPostProcessor as(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(Role[]::new));
    }

    private MockMultipartHttpServletRequestBuilder upload(byte[] wav, String transcript) {
        var request = multipart("/api/v1/recordings").file(new MockMultipartFile("file", "call.wav", "audio/wav", wav));
        if (transcript != null) {
            request.file(new MockMultipartFile("transcript", "", "application/json", transcript.getBytes()));
        }
        return request;
    }

    private String importFor(Actor agent, byte[] wav) throws Exception {
        var result = mvc.perform(upload(wav, TRANSCRIPT).param("contactId", UUID.randomUUID().toString())
                        .param("agentId", String.valueOf(agent.id())).with(as(center.qa)))
                .andExpect(status().isCreated()).andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void importsAWavWithItsTranscriptAndPlaysItInRanges() throws Exception {
        var wav = TestWavs.stereoTone(2.5);
        var contact = UUID.randomUUID();
        var result = mvc.perform(upload(wav, TRANSCRIPT).param("contactId", contact.toString())
                        .param("agentId", String.valueOf(center.agent.id())).with(as(center.qa)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contactId").value(contact.toString()))
                .andExpect(jsonPath("$.type").value("imported"))
                .andExpect(jsonPath("$.stereo").value(true))
                .andExpect(jsonPath("$.seconds").value(2.5))
                .andExpect(jsonPath("$.bytes").value(wav.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(wav))))
                .andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/recordings/{id}/transcript", id).with(as(center.agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("test-asr"))
                .andExpect(jsonPath("$.segments[1].speaker").value("CALLER"))
                .andExpect(jsonPath("$.segments[0].text").value("您好，很高兴为您服务"));
        mvc.perform(get("/api/v1/recordings").param("contactId", contact.toString()).with(as(center.supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));

        mvc.perform(get("/api/v1/recordings/{id}/verification", id).with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/recordings/{id}/audio", id).with(as(center.qa)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/wav"))
                .andExpect(content().bytes(wav));
        mvc.perform(get("/recordings/{id}/audio", id).header("Range", "bytes=44-1043").with(as(center.qa)))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 44-1043/" + wav.length))
                .andExpect(content().bytes(Arrays.copyOfRange(wav, 44, 1044)));

        var page = mvc.perform(get("/recordings/{id}", id).with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(view().name("telephony/recording"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-recording-player", "/recordings/" + id + "/audio", "data-seek=\"2.0\"",
                "我家停电了", "data-player-speed", "/quality/inspection/contacts/" + contact + "/hits");
        mvc.perform(get("/recordings/{id}", id).header("HX-Request", "true").with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(view().name("telephony/recording :: player"));
        mvc.perform(get("/recordings").param("contactId", contact.toString()).with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(id)));
        mvc.perform(get("/recordings").param("day", java.time.LocalDate.now().plusDays(2).toString())
                        .header("HX-Request", "true").with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(view().name("telephony/recordings :: rows"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));

        mvc.perform(put("/api/v1/recordings/{id}/transcript", id).with(as(center.qa))
                        .contentType("application/json").content("""
                                {"segments":[{"startMillis":100,"endMillis":900,"speaker":"AGENT","text":"您好"}]}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.segments.length()").value(1))
                .andExpect(jsonPath("$.source").value("import"));
    }

    @Test
    void refusesBadInputNamingEachField() throws Exception {
        mvc.perform(multipart("/api/v1/recordings").param("contactId", "not-a-uuid").param("type", "Bad Type!")
                        .with(as(center.qa)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("file", "contactId", "type")));
        mvc.perform(upload(TestWavs.stereoTone(0.5), """
                        {"segments":[{"startMillis":500,"endMillis":100,"speaker":"BOSS","text":""}]}""")
                        .with(as(center.qa)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("transcript.segments[0].endMillis",
                        "transcript.segments[0].speaker", "transcript.segments[0].text")));
        mvc.perform(upload("RIFF-not-really-a-wav".getBytes(), null).with(as(center.qa)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload(TestWavs.stereoTone(0.5), null).with(as(center.agent)))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesARecordingOverTheLimitWith413() throws Exception {
        // the tests' limit is 3 MB (application-test.properties); 50 s of stereo is 1.6 MB, 100 s 3.2 MB
        mvc.perform(upload(TestWavs.stereoTone(100), null).with(as(center.qa)))
                .andExpect(status().is(413)).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void onlyThoseConcernedMayListen() throws Exception {
        var id = importFor(center.agent, TestWavs.stereoTone(0.2));
        var audio = "/recordings/" + id + "/audio";
        mvc.perform(get(audio).with(as(center.agent))).andExpect(status().isOk());
        mvc.perform(get(audio).with(as(center.lead))).andExpect(status().isOk());
        mvc.perform(get(audio).with(as(center.supervisor))).andExpect(status().isOk());
        mvc.perform(get(audio).with(as(center.manager))).andExpect(status().isOk());
        var stranger = new LoopFixture(users, departments, teams);
        mvc.perform(get(audio).with(as(stranger.agent))).andExpect(status().isForbidden());
        mvc.perform(get(audio).with(as(stranger.lead))).andExpect(status().isForbidden());
        mvc.perform(get(audio).with(TestUsers.as(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/recordings/{id}", id).with(as(center.staff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/recordings").with(as(stranger.agent)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));
    }

    @Test
    void retentionDeletesExpiredRecordingsAndAuditsIt() throws Exception {
        var old = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var result = mvc.perform(upload(TestWavs.stereoTone(0.2), TRANSCRIPT).param("type", "test-expiring")
                        .param("startedAt", old.toString()).with(as(center.qa)))
                .andExpect(status().isCreated()).andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        var file = store.resolve(jdbc.sql("select storage_path from telephony.recording where id = ?::uuid")
                .param(id).query(String.class).single());
        assertThat(file).exists();

        mvc.perform(put("/api/v1/recording-retention/test-expiring").with(as(center.supervisor))
                        .contentType("application/json").content("{\"days\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(post("/recordings/retention").with(csrf()).with(as(center.manager))
                        .param("type", "test-expiring").param("days", "365"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recordings/retention").with(as(center.manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("test-expiring")));
        mvc.perform(get("/recordings/retention").with(as(center.qa))).andExpect(status().isForbidden());

        while (hotline.platform.security.SystemActor.call(() -> policies.sweep(Instant.now(), 200)) == 200) {
            Thread.onSpinWait();
        }
        assertThat(file).doesNotExist();
        assertThat(jdbc.sql("select count(*) from telephony.recording where id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where entity_type = 'recording' and entity_id = ?"
                + " and action = 'expire'").param(id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where entity_type = 'recording-retention'"
                + " and entity_id = 'test-expiring'").query(Long.class).single()).isOne();
        assertThat(Files.exists(store.root())).isTrue();
    }
}
