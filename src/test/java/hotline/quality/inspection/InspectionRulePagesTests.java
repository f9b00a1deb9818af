package hotline.quality.inspection;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules page, its editor and the REST API: who may edit, validation naming fields, audit, stale versions. */
@HotlineWebTest
class InspectionRulePagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired InspectionRules rules;

    @Test
    void theDefaultRulesAreListedInBothLanguages() throws Exception {
        mvc.perform(get("/quality/inspection/rules").with(TestUsers.as(Role.QA)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务禁语")))
                .andExpect(content().string(containsString("抢话")));
        mvc.perform(get("/quality/inspection/rules").with(TestUsers.as(Role.QA)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forbidden words")));
        mvc.perform(get("/quality/inspection/rules").with(TestUsers.as(Role.AGENT))).andExpect(status().isForbidden());
        mvc.perform(get("/quality/inspection/rules/new").with(TestUsers.as(Role.QA))).andExpect(status().isOk());
    }

    @Test
    void qaCreatesEditsAndDeletesARuleThroughTheForm() throws Exception {
        var code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/quality/inspection/rules").with(csrf()).with(TestUsers.as(Role.QA))
                        .param("code", code).param("nameZh", "推诿").param("nameEn", "Passing the buck")
                        .param("kind", "FORBIDDEN_WORDS").param("phrases", "不归我们管\n你找别人|找别人去")
                        .param("speaker", "AGENT").param("phase", "ANYWHERE").param("itemCode", "manner-buck")
                        .param("violation", "true").param("enabled", "true"))
                .andExpect(redirectedUrl("/quality/inspection/rules"));
        var rule = rules.compiled().rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(rule.phrases()).containsExactly("不归我们管", "你找别人|找别人去");
        mvc.perform(get("/quality/inspection/rules/{id}", rule.id()).with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不归我们管")));

        mvc.perform(post("/quality/inspection/rules").with(csrf()).with(TestUsers.as(Role.QA))
                        .param("id", String.valueOf(rule.id())).param("version", "0").param("code", code)
                        .param("nameZh", "推诿").param("nameEn", "Passing the buck").param("kind", "FORBIDDEN_WORDS")
                        .param("phrases", "不归我们管").param("enabled", "false"))
                .andExpect(redirectedUrl("/quality/inspection/rules"));
        assertThat(rules.compiled().rules()).noneMatch(r -> r.code().equals(code));   // disabled
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where entity_type = 'inspection-rule'"
                + " and entity_id = ?").param(String.valueOf(rule.id())).query(Long.class).single()).isEqualTo(2);

        mvc.perform(post("/quality/inspection/rules/{id}/delete", rule.id()).with(csrf()).with(TestUsers.as(Role.QA)))
                .andExpect(redirectedUrl("/quality/inspection/rules"));
        mvc.perform(get("/api/v1/inspection-rules/{id}", rule.id()).with(TestUsers.as(Role.QA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiValidatesNamesFieldsAndRefusesStaleVersions() throws Exception {
        mvc.perform(post("/api/v1/inspection-rules").with(TestUsers.as(Role.QA))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code":"Bad Code","nameZh":"","nameEn":"x","kind":"SILENCE","threshold":-1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameZh")));
        mvc.perform(post("/api/v1/inspection-rules").with(TestUsers.as(Role.QA))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code":"empty-words","nameZh":"空","nameEn":"Empty","kind":"FORBIDDEN_WORDS",
                                 "phrases":["，。"]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phrases"));
        var code = "api-" + UUID.randomUUID().toString().substring(0, 8);
        var created = mvc.perform(post("/api/v1/inspection-rules").with(TestUsers.as(Role.QA))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code":"%s","nameZh":"超长静音","nameEn":"Very long silence","kind":"SILENCE",
                                 "threshold":30,"itemCode":"manner-silence","violation":true,"enabled":true}"""
                                .formatted(code)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        var update = """
                {"code":"%s","nameZh":"超长静音","nameEn":"Very long silence","kind":"SILENCE","threshold":40,
                 "enabled":true,"version":0}""".formatted(code);
        mvc.perform(put("/api/v1/inspection-rules/{id}", id).with(TestUsers.as(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk()).andExpect(jsonPath("$.threshold").value(40.0));
        mvc.perform(put("/api/v1/inspection-rules/{id}", id).with(TestUsers.as(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/inspection-rules/{id}", id).with(TestUsers.as(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/inspection-rules/{id}", id).with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isNoContent());
    }
}
