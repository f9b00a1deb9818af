package hotline.quality;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static hotline.quality.QualityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every quality page renders for the roles that use it; forms post; REST errors are problem documents; exports. */
@HotlineWebTest
class QualityPagesTests {

    @Autowired hotline.routing.Routing routing;
    @Autowired
    MockMvc mvc;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Users users;
    @Autowired
    Teams teams;
    @Autowired
    JdbcClient jdbc;

    QualityFixture f;
    EvaluationView submitted;

    @BeforeEach
    void center() {
        f = new QualityFixture(users, teams, scorecards, jdbc);
        var e = as(f.supervisor, () -> evaluations.assign(new Evaluations.NewAssignment(
                f.contact(f.agent, 300, Instant.now()), f.scorecardId, f.qa.id(), 2)));
        submitted = as(f.qa, () -> evaluations.submit(e.id(), new Evaluations.ScoreSheet(e.version(),
                QualityFixture.fullMarks(), "服务规范")));
    }

    static RequestPostProcessor user(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(hotline.platform.security.Role[]::new));
    }

    @Test
    void pagesRenderForTheirRoles() throws Exception {
        mvc.perform(get("/quality/assignments").with(user(f.qa))).andExpect(status().isOk());
        mvc.perform(get("/quality/my-evaluations").with(user(f.agent)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("我的质检结果")));
        mvc.perform(get("/quality/evaluations").with(user(f.lead))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(f.agent.displayName())));
        mvc.perform(get("/quality/evaluations").with(user(f.supervisor)).header("HX-Request", "true"))
                .andExpect(status().isOk());
        mvc.perform(get("/quality/appeals").with(user(f.supervisor))).andExpect(status().isOk());
        mvc.perform(get("/quality/evaluations/" + submitted.id()).with(user(f.agent))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"acknowledge\"")));
        mvc.perform(get("/quality/evaluations/" + submitted.id()).with(user(f.qa))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("create-coaching")));
        mvc.perform(get("/quality/scorecards").with(user(f.supervisor))).andExpect(status().isOk());
        mvc.perform(get("/quality/scorecards/" + f.scorecardId).with(user(f.supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("首问问候")));
        mvc.perform(get("/quality/scorecards/" + f.scorecardId).with(user(f.qa))).andExpect(status().isOk());
        mvc.perform(get("/quality/scorecard-versions/" + submitted.scorecardVersionId()).with(user(f.qa)))
                .andExpect(status().isOk());
        mvc.perform(get("/quality/plans").with(user(f.supervisor))).andExpect(status().isOk());
        mvc.perform(get("/quality/calibrations").with(user(f.supervisor))).andExpect(status().isOk());
        mvc.perform(get("/quality/coaching").with(user(f.lead))).andExpect(status().isOk());
        mvc.perform(get("/quality/reports").with(user(f.manager))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-quality-chart")));
        // a day long before any evaluation: each table says so instead of standing empty
        mvc.perform(get("/quality/reports").param("period", "DAY").param("day", "2001-01-01")
                        .locale(java.util.Locale.ENGLISH).with(user(f.manager)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .containsPattern("(?s)(Nothing found\\..*){3}"));
    }

    @Test
    void theEvaluationPageShowsTheRecordingWithItsTranscript() throws Exception {
        var wav = hotline.telephony.recording.TestWavs.stereoTone(2.5);
        var transcript = """
                {"source":"test-asr","segments":[
                  {"startMillis":0,"endMillis":1800,"speaker":"AGENT","text":"您好，很高兴为您服务"},
                  {"startMillis":2000,"endMillis":2400,"speaker":"CALLER","text":"我家停电了"}]}""";
        var imported = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/recordings")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "call.wav", "audio/wav", wav))
                        .file(new org.springframework.mock.web.MockMultipartFile("transcript", "", "application/json",
                                transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("contactId", submitted.contactId().toString())
                        .param("agentId", String.valueOf(f.agent.id())).with(user(f.qa)))
                .andExpect(status().isCreated()).andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(imported.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/quality/evaluations/" + submitted.id()).with(user(f.qa))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("data-recording-player"),
                        org.hamcrest.Matchers.containsString("/recordings/" + id + "/audio"),
                        org.hamcrest.Matchers.containsString("我家停电了"),
                        // the comment on "tone" at 0:15 seeks this recording's player
                        org.hamcrest.Matchers.containsString("data-player=\"player-" + id + "\""))));
    }

    @Test
    void anInspectorScoresOnTheEvaluationPage() throws Exception {
        // the contact's queue by the name routing gives it (the record keeps the code)
        hotline.platform.security.SystemActor.run(() -> {
            if (routing.queues().stream().noneMatch(q -> q.code().equals("QA_PAGES"))) {
                routing.createQueue(new hotline.routing.QueueDraft("QA_PAGES", "质检页面队列",
                        hotline.organization.Channel.VOICE, java.util.Map.of(), 0, hotline.routing.Strategy.LONGEST_IDLE,
                        80, 20, null, null, false, null, 1, 30, 15, true, null));
            }
        });
        String queue = "质检页面队列";
        var e = as(f.supervisor, () -> evaluations.assign(new Evaluations.NewAssignment(
                f.contact(f.agent, 300, Instant.now(), "QA_PAGES"), f.scorecardId, f.qa.id(), 2)));
        mvc.perform(get("/quality/evaluations/" + e.id()).with(user(f.qa))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"value.greeting\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">" + queue + "</dd>")));
        mvc.perform(post("/quality/evaluations/" + e.id() + "/submit").with(user(f.qa)).with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(e.version())).param("value.greeting", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("scores[tone]")));
        mvc.perform(post("/quality/evaluations/" + e.id() + "/submit").with(user(f.qa)).with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(e.version())).param("value.greeting", "1")
                        .param("value.tone", "4").param("comment.tone", "稍快").param("at.tone", "1:05")
                        .param("na.answer", "true").param("value.identity", "1"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/quality/evaluations/" + e.id()));
        var after = as(f.qa, () -> evaluations.get(e.id()));
        assertThat(after.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(after.score("tone").atMillis()).isEqualTo(65_000L);
        assertThat(after.score("answer").na()).isTrue();
    }

    @Test
    void theScorecardEditorAddsItemsAndSavesTheDraft() throws Exception {
        var card = as(f.supervisor, () -> scorecards.get(f.scorecardId));
        var form = post("/quality/scorecards/" + f.scorecardId).with(user(f.supervisor)).with(csrf())
                .param("version", String.valueOf(card.version())).param("name", card.name()).param("passScore", "85")
                .param("sections[0].name", "服务规范").param("sections[0].weight", "40")
                .param("sections[0].items[0].code", "greeting").param("sections[0].items[0].name", "首问问候")
                .param("sections[0].items[0].type", "YES_NO").param("sections[0].items[0].weight", "10")
                .param("sections[0].items[0].max", "1").param("sections[0].items[0].fatal", "NONE");
        mvc.perform(form.param("op", "add-item:0")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("sections[0].items[1].code")));
        mvc.perform(post("/quality/scorecards/" + f.scorecardId).with(user(f.supervisor)).with(csrf())
                        .param("version", String.valueOf(card.version())).param("name", card.name())
                        .param("passScore", "85").param("op", "save")
                        .param("sections[0].name", "服务规范").param("sections[0].weight", "40")
                        .param("sections[0].items[0].code", "greeting").param("sections[0].items[0].name", "首问问候")
                        .param("sections[0].items[0].type", "YES_NO").param("sections[0].items[0].weight", "10")
                        .param("sections[0].items[0].max", "1").param("sections[0].items[0].fatal", "ZERO"))
                .andExpect(status().is3xxRedirection());
        var saved = as(f.supervisor, () -> scorecards.get(f.scorecardId));
        assertThat(saved.draft().passScore()).isEqualTo(85);
        assertThat(saved.draft().items()).singleElement().satisfies(i -> assertThat(i.fatal()).isEqualTo(FatalMode.ZERO));
        assertThat(saved.current().number()).isEqualTo(1);
    }

    @Test
    void apiErrorsAreProblemDocuments() throws Exception {
        mvc.perform(post("/api/v1/quality/evaluations/" + submitted.id() + "/arbitrate").with(user(f.supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + submitted.version()
                                + ", \"note\": \"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("illegal-transition"))
                .andExpect(jsonPath("$.currentStatus").value("SUBMITTED"))
                .andExpect(jsonPath("$.action").value("arbitrate"));
        mvc.perform(post("/api/v1/quality/evaluations/" + submitted.id() + "/appeal").with(user(f.agent))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + submitted.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/quality/evaluations/" + submitted.id() + "/acknowledge").with(user(f.agent))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(get("/api/v1/quality/evaluations/" + submitted.id()).with(user(f.otherAgent)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/quality/scorecards/" + f.scorecardId + "/draft").with(user(f.supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"name\": \"x\", \"draft\": {\"passScore\": 120, \"sections\": []}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("draft.passScore",
                        "draft.sections")));
        mvc.perform(get("/api/v1/quality/evaluations/mine").with(user(f.agent))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(submitted.id()))
                .andExpect(jsonPath("$[0].scores[?(@.itemCode == 'tone')].atMillis").value(15000));
    }

    @Test
    void reportsExportToExcelAndToPdfWithChineseText() throws Exception {
        var pdf = mvc.perform(get("/quality/reports/export.pdf").param("period", "DAY").with(user(f.manager))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        pdf.getAsyncResult();
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("质检日报", "按坐席", f.agent.displayName(), "首问问候");
        }
        var xlsx = mvc.perform(get("/quality/reports/export.xlsx").param("period", "WEEK").with(user(f.supervisor))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn();
        xlsx.getAsyncResult();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var sheets = workbook.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).contains("按坐席", "按评分项");
            var agents = workbook.getSheets().filter(s -> s.getName().equals("按坐席")).findFirst().orElseThrow();
            List<String> names = agents.read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(names).contains(f.agent.displayName());
        }
    }
}
