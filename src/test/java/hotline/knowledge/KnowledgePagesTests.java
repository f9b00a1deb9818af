package hotline.knowledge;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static hotline.knowledge.KnowledgeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The knowledge pages, whole and as htmx fragments, in both languages. */
@HotlineWebTest
class KnowledgePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    Categories categories;
    @Autowired
    Scripts scripts;

    @Test
    void searchPageIsAWholePageAndTypingAnswersOnlyTheHighlightedResults() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String word = unique("pg");
        var article = KnowledgeFixtures.published(articles, category.id(), "页面测试" + word, "正文<b>" + word + "</b>", null, null);
        mvc.perform(get("/knowledge").with(TestUsers.as(Role.AGENT)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("知识库")));
        mvc.perform(get("/knowledge").param("q", word).header("HX-Request", "true").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("/knowledge/articles/" + article.id())))
                .andExpect(content().string(containsString("<mark>" + word + "</mark>")))
                .andExpect(content().string(containsString("&lt;b&gt;")));
        mvc.perform(get("/knowledge/articles/" + article.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测试" + word)));
        mvc.perform(get("/knowledge/suggestions").param("text", "客户咨询页面测试" + word + "的问题")
                        .with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("/knowledge/articles/" + article.id())));
        // the intake form sends its own title and description
        mvc.perform(get("/knowledge/suggestions").param("title", "客户咨询")
                        .param("description", "页面测试" + word + "的问题").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("/knowledge/articles/" + article.id())));
        mvc.perform(get("/work-orders/new").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString("hx-get=\"/knowledge/suggestions\"")))
                .andExpect(content().string(containsString("id=\"knowledge-suggestions\"")));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/knowledge").with(TestUsers.as(Role.AGENT)).param("lang", "en"))
                .andExpect(content().string(containsString("Knowledge base")));
        mvc.perform(get("/knowledge/editor/new").with(TestUsers.as(Role.TEAM_LEAD)).param("lang", "en"))
                .andExpect(content().string(containsString("New article")));
    }

    @Test
    void editorsWriteSubmitAndCompareRevisionsAndApproversDecide() throws Exception {
        var category = KnowledgeFixtures.category(categories, null);
        String title = unique("编辑");
        var created = mvc.perform(post("/knowledge/editor").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("kind", "FAQ").param("categoryId", String.valueOf(category.id()))
                        .param("title", title).param("body", "第一句。第二句。").param("validFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/knowledge/editor/*"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var draft = SystemActor.call(() -> articles.get(id));
        assertThat(draft.validFrom()).hasToString("2026-01-01");
        mvc.perform(post("/knowledge/editor/" + id).with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("kind", "FAQ").param("categoryId", String.valueOf(category.id())).param("title", title)
                        .param("body", "第一句。改过的第二句。").param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/knowledge/editor/" + id + "/diff").param("from", "1").param("to", "2")
                        .with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diff-removed")))
                .andExpect(content().string(containsString("改过的第二句。")));
        mvc.perform(post("/knowledge/editor/" + id).with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("kind", "FAQ").param("categoryId", String.valueOf(category.id())).param("title", "")
                        .param("body", "x").param("version", String.valueOf(draft.version())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("editor-error")));
        mvc.perform(post("/knowledge/editor/" + id + "/submit").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                .param("version", String.valueOf(draft.version() + 1))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/knowledge/review").with(TestUsers.as(Role.QA)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(multipart("/knowledge/editor/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "电价表.pdf", "application/pdf", new byte[]{1, 2, 3}))
                        .with(TestUsers.as(Role.TEAM_LEAD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var attachment = SystemActor.call(() -> articles.attachments(id)).get(0);
        mvc.perform(get("/knowledge/articles/" + id + "/attachments/" + attachment.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(post("/knowledge/editor/" + id + "/approve").with(TestUsers.as(Role.QA)).with(csrf())
                .param("version", String.valueOf(draft.version() + 2))).andExpect(status().is3xxRedirection());
        assertThat(SystemActor.call(() -> articles.get(id)).status()).isEqualTo(ArticleStatus.PUBLISHED);
        mvc.perform(post("/knowledge/editor/" + id + "/approve").with(TestUsers.as(Role.QA)).with(csrf())
                        .param("version", String.valueOf(draft.version() + 3)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("error")).asString()
                        .contains("is now Published, so this cannot be done"));
    }

    @Test
    void administratorsKeepTheCategoryTreeAndSynonyms() throws Exception {
        String name = unique("类");
        mvc.perform(post("/knowledge/categories").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("name", name))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/knowledge/categories").with(TestUsers.as(Role.ADMIN)))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/knowledge/categories").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("name", name))
                .andExpect(result -> assertThat(result.getFlashMap().get("error")).asString().contains("already exists"));
        String word = unique("syn");
        mvc.perform(post("/knowledge/synonyms").with(TestUsers.as(Role.SUPERVISOR)).with(csrf())
                .param("terms", word + "，" + word + "x")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/knowledge/synonyms").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(content().string(containsString(word + "x")));
    }

    @Test
    void scriptsPreviewWithTheContactsValues() throws Exception {
        var script = SystemActor.call(() -> scripts.create(new Scripts.ScriptDraft(unique("问候"), null,
                "{{customer.name}}您好，户号{{account.number}}", null)));
        mvc.perform(get("/knowledge/scripts").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString(script.name())));
        mvc.perform(get("/knowledge/scripts/" + script.id()).param("ctx[customer.name]", "王先生")
                        .header("HX-Request", "true").with(TestUsers.as(Role.AGENT)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("王先生您好，户号{{account.number}}")))
                .andExpect(content().string(containsString("未填写：account.number")));
    }
}
