package hotline.routing;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.Skills;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The queue and reason-code pages: lists and their htmx rows, forms with field errors and the stale-version conflict. */
@HotlineWebTest
class RoutingPageTests {

    @Autowired MockMvc mvc;
    @Autowired Routing routing;
    @Autowired Skills skills;

    @Test
    void queueListIsAPageOrItsRows() throws Exception {
        var queue = SystemActor.call(() -> routing.createQueue(draft(unique("LIST"), "列表队列", Map.of(), null)));
        mvc.perform(get("/admin/queues").with(TestUsers.as(Role.ADMIN)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("新建队列"),
                        containsString("/admin/queues/" + queue.id()))));
        mvc.perform(get("/admin/queues").with(TestUsers.as(Role.ADMIN)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString(queue.code()))));
    }

    @Test
    void createsAQueueFromTheFormWithItsSkillsAndShowsFieldErrors() throws Exception {
        SystemActor.run(() -> {
            if (skills.list().stream().noneMatch(s -> s.code().equals("repair"))) {
                skills.create(new NewSkill("repair", "故障报修", Channel.VOICE, "test"));
            }
        });
        String code = unique("FORM");
        mvc.perform(post("/admin/queues").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("code", code).param("name", "表单队列").param("channel", "VOICE")
                        .param("strategy", "MOST_SKILLED").param("requiredSkills[repair]", "3")
                        .param("serviceLevelPercent", "90").param("serviceLevelSeconds", "15")
                        .param("relaxedMinProficiency", "1").param("wrapUpSeconds", "20")
                        .param("ringTimeoutSeconds", "15").param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/queues/*"));
        var created = routing.queues().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
        assertThat(created.requiredSkills()).isEqualTo(Map.of("repair", 3));
        assertThat(created.strategy()).isEqualTo(Strategy.MOST_SKILLED);
        assertThat(created.serviceLevelPercent()).isEqualTo(90);

        // bean validation: the code's format and a missing name, next to their fields
        mvc.perform(post("/admin/queues").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "en").param("code", "bad code").param("name", "")
                        .param("channel", "VOICE").param("strategy", "LONGEST_IDLE")
                        .param("serviceLevelPercent", "80").param("serviceLevelSeconds", "20")
                        .param("relaxedMinProficiency", "1").param("ringTimeoutSeconds", "15"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"queue-form\""),
                        containsString("is-invalid"), containsString("value=\"bad code\""))));
        // the facade's rule: an overflow needs a max wait, shown at the max wait field
        mvc.perform(post("/admin/queues").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "en").param("code", unique("OVER")).param("name", "溢出")
                        .param("channel", "VOICE").param("strategy", "LONGEST_IDLE")
                        .param("serviceLevelPercent", "80").param("serviceLevelSeconds", "20")
                        .param("relaxedMinProficiency", "1").param("ringTimeoutSeconds", "15")
                        .param("overflowQueueId", String.valueOf(created.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("overflow needs a max wait")));
    }

    @Test
    void anEditOnAnOldVersionShowsTheConflictInsteadOfOverwriting() throws Exception {
        var queue = SystemActor.call(() -> routing.createQueue(draft(unique("EDIT"), "编辑队列", Map.of(), null)));
        SystemActor.run(() -> routing.updateQueue(queue.id(), draft(queue.code(), "别人改过", Map.of(), queue.version())));
        mvc.perform(post("/admin/queues/{id}", queue.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "en").param("code", queue.code()).param("name", "我的修改").param("channel", "VOICE")
                        .param("strategy", "LONGEST_IDLE").param("serviceLevelPercent", "80")
                        .param("serviceLevelSeconds", "20").param("relaxedMinProficiency", "1")
                        .param("ringTimeoutSeconds", "15").param("enabled", "true")
                        .param("version", String.valueOf(queue.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(routing.queue(queue.id()).name()).isEqualTo("别人改过");
    }

    @Test
    void reasonCodesAreCreatedEditedAndATakenCodeIsShownAtTheField() throws Exception {
        String code = unique("NAP");
        mvc.perform(post("/admin/reason-codes").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("code", code).param("name", "午休").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        var created = routing.reasonCodes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(created.productive()).isFalse();
        mvc.perform(get("/admin/reason-codes/{id}", created.id()).with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("午休")));
        mvc.perform(post("/admin/reason-codes/{id}", created.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("code", code).param("name", "午间休息").param("productive", "true").param("enabled", "true")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(routing.reasonCode(created.id()).name()).isEqualTo("午间休息");
        assertThat(routing.reasonCode(created.id()).productive()).isTrue();

        mvc.perform(post("/admin/reason-codes").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "zh-CN").param("code", code).param("name", "重复"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reason-code-form\""),
                        containsString("该编码已被使用"))));
        mvc.perform(post("/admin/reason-codes/{id}", created.id()).with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "zh-CN").param("code", code).param("name", "过期的修改").param("enabled", "true")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您编辑期间该记录已被他人修改")));
    }

    private static QueueDraft draft(String code, String name, Map<String, Integer> skills, Long version) {
        return new QueueDraft(code, name, Channel.VOICE, skills, 0, Strategy.LONGEST_IDLE, 80, 20, null, null,
                false, null, 1, 30, 15, true, version);
    }

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
