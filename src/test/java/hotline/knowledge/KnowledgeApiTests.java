package hotline.knowledge;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static hotline.knowledge.KnowledgeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The knowledge API's contract: the workflow, search and its filters, errors with their bodies. */
@HotlineWebTest
class KnowledgeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    Categories categories;
    @Autowired
    JsonMapper json;

    private String article(long categoryId, String title, String body) {
        return """
                {"kind":"ARTICLE","categoryId":%d,"title":"%s","body":"%s","keywords":"测试"}""".formatted(categoryId, title, body);
    }

    private long idOf(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private long versionOf(long id) {
        return SystemActor.call(() -> articles.get(id).version());
    }

    private ResultActions step(String action, long id, Role role, String note) throws Exception {
        return mvc.perform(post("/api/v1/knowledge/articles/" + id + "/" + action).with(TestUsers.as(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":%d%s}".formatted(versionOf(id), note == null ? "" : ",\"note\":\"" + note + "\"")));
    }

    @Test
    void publishesAnApprovedArticleAndSearchAnswersRankedHitsWithHighlights() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = unique("qzx");
        var created = mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article(category.id(), "线路检修说明" + word, "检修期间请注意" + word + "安全用电。")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/knowledge/articles/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1));
        long id = idOf(created);
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));

        step("submit", id, Role.TEAM_LEAD, null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEW"));
        step("approve", id, Role.SUPERVISOR, "ok").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedRevision").value(1))
                .andExpect(jsonPath("$.reviewedBy").value("test-supervisor"));

        mvc.perform(get("/api/v1/knowledge/search").param("q", word).param("limit", "5").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].title").value("线路检修说明" + word))
                .andExpect(jsonPath("$[0].snippet").value(containsString("<mark>" + word + "</mark>")))
                .andExpect(jsonPath("$[0].score").value(greaterThan(0.0)))
                .andExpect(jsonPath("$[0].categoryId").doesNotExist());
    }

    @Test
    void agentsKeepReadingThePublishedRevisionWhileAChangeIsInReview() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String oldWord = unique("old");
        String newWord = unique("new");
        var published = KnowledgeFixtures.published(articles, category.id(), "电价说明" + oldWord, "内容" + oldWord, null, null);
        mvc.perform(put("/api/v1/knowledge/articles/" + published.id()).with(TestUsers.as(Role.QA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article(category.id(), "电价说明" + newWord, "内容" + newWord)
                                .replace("}", ",\"note\":\"新电价\",\"version\":" + published.version() + "}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.publishedRevision").value(1));
        mvc.perform(get("/api/v1/knowledge/search").param("q", oldWord).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$[0].id").value(published.id()));
        mvc.perform(get("/api/v1/knowledge/search").param("q", newWord).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/knowledge/articles/" + published.id() + "/published").with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(get("/api/v1/knowledge/articles/" + published.id() + "/revisions").with(TestUsers.as(Role.QA)))
                .andExpect(jsonPath("$[*].revision", containsInAnyOrder(1, 2)))
                .andExpect(jsonPath("$[0].note").value("新电价"));
    }

    @Test
    void refusesAnIllegalTransitionNamingTheStatus() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        long id = idOf(mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.TEAM_LEAD))
                .contentType(MediaType.APPLICATION_JSON).content(article(category.id(), unique("标题"), "正文"))));
        step("approve", id, Role.SUPERVISOR, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("illegal-transition"))
                .andExpect(jsonPath("$.currentStatus").value("DRAFT"))
                .andExpect(jsonPath("$.detail").value("cannot approve: article " + id + " is DRAFT"));
        step("expire", id, Role.SUPERVISOR, null).andExpect(status().isConflict());
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        long id = idOf(mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON).content(article(category.id(), unique("标题"), "正文"))));
        step("submit", id, Role.SUPERVISOR, null).andExpect(status().isOk());
        step("approve", id, Role.SUPERVISOR, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("four-eyes"));
        step("reject", id, Role.MANAGER, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        step("reject", id, Role.MANAGER, "请补充办理时限").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.reviewNote").value("请补充办理时限"));
    }

    @Test
    void neverOverwritesAConcurrentEdit() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        long id = idOf(mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.TEAM_LEAD))
                .contentType(MediaType.APPLICATION_JSON).content(article(category.id(), unique("标题"), "正文"))));
        long version = versionOf(id);
        String edit = article(category.id(), "第二版", "正文").replace("}", ",\"version\":" + version + "}");
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(TestUsers.as(Role.TEAM_LEAD))
                .contentType(MediaType.APPLICATION_JSON).content(edit)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/knowledge/articles/" + id).with(TestUsers.as(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
    }

    @Test
    void listsEachInvalidField() throws Exception {
        mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"body\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "categoryId", "title")));
        mvc.perform(post("/api/v1/knowledge/articles").with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FAQ\",\"categoryId\":987654321,\"title\":\"t\",\"body\":\"b\","
                                + "\"validFrom\":\"2026-05-01\",\"validUntil\":\"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("categoryId", "validUntil")));
        mvc.perform(get("/api/v1/knowledge/search").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/knowledge/search").param("q", "电费").param("limit", "500").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void expiredArticlesAreNoLongerFound() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = unique("exp");
        var published = KnowledgeFixtures.published(articles, category.id(), "旧政策" + word, "正文" + word, null, null);
        step("expire", published.id(), Role.MANAGER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void filtersByCategorySubtreeAndValidity() throws Exception {
        var parent = KnowledgeFixtures.category(categories, null);
        var child = KnowledgeFixtures.category(categories, parent.id());
        var other = KnowledgeFixtures.category(categories, null);
        String word = unique("flt");
        var current = KnowledgeFixtures.published(articles, child.id(), "现行" + word, word, LocalDate.of(2025, 1, 1), null);
        var past = KnowledgeFixtures.published(articles, child.id(), "往年" + word, word, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31));
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).param("categoryId", String.valueOf(parent.id()))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$[*].id", containsInAnyOrder((int) current.id())));
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).param("categoryId", String.valueOf(other.id()))
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/knowledge/search").param("q", word).param("validOn", "2020-06-01")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$[*].id", hasItem((int) past.id())))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) current.id()))));
    }

    @Test
    void synonymsAddedOnTheConsoleApplyToTheNextQuery() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = unique("syna");
        String synonym = unique("synb");
        var article = KnowledgeFixtures.published(articles, category.id(), "同义词测试", "客户说" + word + "时的处理。", null, null);
        mvc.perform(get("/api/v1/knowledge/search").param("q", synonym).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(post("/api/v1/knowledge/synonyms").with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"terms\":[\"%s\",\"%s\"]}".formatted(word, synonym)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/knowledge/search").param("q", synonym).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$[0].id").value(article.id()))
                .andExpect(jsonPath("$[0].snippet").value(containsString("<mark>" + word + "</mark>")));
        mvc.perform(post("/api/v1/knowledge/synonyms").with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"terms\":[\"停电\",\" 停电 \"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("Size"));
        mvc.perform(post("/api/v1/knowledge/synonyms").with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"terms\":[\"的\",\"没有电\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("Searchable"));
    }

    @Test
    void suggestsArticlesLikeAWorkOrderDescription() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = unique("sug");
        var article = KnowledgeFixtures.published(articles, category.id(), "变压器" + word + "噪音处理",
                "小区变压器" + word + "运行声音异常增大时，安排检测并降噪。", null, null);
        mvc.perform(get("/api/v1/knowledge/suggestions")
                        .param("text", "客户反映楼下变压器" + word + "晚上声音很大，影响休息，要求处理").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(article.id()));
    }

    @Test
    void rendersScriptsWithVisibleGaps() throws Exception {
        var script = SystemActor.call(() -> scripts().create(new Scripts.ScriptDraft(unique("话术"), null,
                "{{customer.name}}您好，{{incident.wording}}", null)));
        mvc.perform(post("/api/v1/knowledge/scripts/" + script.id() + "/render").with(TestUsers.as(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"customer.name\":\"王先生\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("王先生您好，{{incident.wording}}"))
                .andExpect(jsonPath("$.missing[0]").value("incident.wording"));
        assertThat(script.variables()).containsExactly("customer.name", "incident.wording");
    }

    @Autowired
    Scripts scriptsBean;

    private Scripts scripts() {
        return scriptsBean;
    }
}
