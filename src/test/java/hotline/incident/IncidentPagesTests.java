package hotline.incident;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.customer.CustomerFixtures;
import hotline.customer.Customers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The leads' pages and the agents' banner fragment, in both languages. */
@HotlineWebTest
class IncidentPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Incidents incidents;
    @Autowired
    HotIssues hotIssues;
    @Autowired
    Customers customers;

    @Test
    void leadsDeclareFromTheFormAndAgentsSeeTheBanner() throws Exception {
        String title = "页面事件" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/incidents").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                        .param("title", title).param("type", "WEATHER").param("districts", "北岸区\n高新区")
                        .param("startedAt", "2026-01-01T08:00").param("wording", "台风影响，正在抢修。"))
                .andExpect(status().is3xxRedirection());
        var declared = SystemActor.call(() -> incidents.list(true)).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        assertThat(declared.area().districts()).containsExactly("北岸区", "高新区");
        assertThat(declared.startedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        mvc.perform(get("/incidents/banner").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("台风影响，正在抢修。")));
        mvc.perform(get("/incidents/" + declared.id()).with(TestUsers.as(Role.SUPERVISOR)).param("lang", "en"))
                .andExpect(content().string(containsString("Approved wording")))
                .andExpect(content().string(containsString("Close the incident")));
        mvc.perform(post("/incidents/" + declared.id() + "/close").with(TestUsers.as(Role.SUPERVISOR)).with(csrf())
                        .param("resolution", "已恢复").param("reportTo", "省公司").param("version", String.valueOf(declared.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/incidents/" + declared.id()).with(TestUsers.as(Role.SUPERVISOR)).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("【突发事件上报】" + title)))
                .andExpect(content().string(containsString("事件总结")));
        mvc.perform(get("/incidents/banner").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(not(containsString("台风影响，正在抢修。"))));
    }

    @Test
    void theScreenPopShowsOnlyTheIncidentsThatCoverTheCaller() throws Exception {
        String district = "弹屏" + UUID.randomUUID().toString().substring(0, 4) + "区";
        String phone = CustomerFixtures.mobile();
        CustomerFixtures.register(customers, CustomerFixtures.person(CustomerFixtures.uniqueName("周九"), phone,
                CustomerFixtures.accountNumber(), district + "光明路5号"));
        SystemActor.run(() -> incidents.declare(new IncidentDeclaration("弹屏事件", IncidentType.OUTAGE,
                new IncidentArea(List.of(), List.of(district), List.of()), Instant.now().minusSeconds(60), null,
                "本区域正在抢修，预计一小时恢复。", null)));
        SystemActor.run(() -> incidents.declare(new IncidentDeclaration("别处事件", IncidentType.OUTAGE,
                new IncidentArea(List.of(), List.of("别处" + district), List.of()), Instant.now().minusSeconds(60),
                null, "别处的口径。", null)));
        mvc.perform(get("/incidents/banner").with(TestUsers.as(Role.AGENT)).param("phone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本区域正在抢修，预计一小时恢复。")))
                .andExpect(content().string(not(containsString("别处的口径。"))));
        mvc.perform(get("/incidents/banner").with(TestUsers.as(Role.AGENT)).param("phone", CustomerFixtures.mobile()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("本区域正在抢修"))));
    }

    @Test
    void theFormKeepsWhatWasTypedWhenTheAreaIsMissing() throws Exception {
        mvc.perform(post("/incidents").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf()).param("lang", "en")
                        .param("title", "无范围事件").param("type", "OUTAGE").param("startedAt", "2026-01-01T08:00")
                        .param("wording", "保留的口径"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("incident-error")))
                .andExpect(content().string(containsString("保留的口径")));
    }

    @Test
    void theBoardShowsRisingTopicsAndRefreshesAsAFragment() throws Exception {
        String category = "看板" + UUID.randomUUID().toString().substring(0, 6);
        SystemActor.run(() -> {
            for (int i = 0; i < 6; i++) {
                hotIssues.observe(category, "西城区", Instant.now(), "CALL-" + i);
            }
        });
        mvc.perform(get("/hot-issues").with(TestUsers.as(Role.TEAM_LEAD)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString(category)))
                .andExpect(content().string(containsString("热点上升：" + category)));
        mvc.perform(get("/hot-issues").with(TestUsers.as(Role.TEAM_LEAD)).header("HX-Request", "true"))
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("hot-issue-board")));
        var issue = SystemActor.call(() -> hotIssues.recent(java.time.Duration.ofHours(1))).stream()
                .filter(h -> h.category().equals(category)).findFirst().orElseThrow();
        mvc.perform(get("/hot-issues/" + issue.id()).with(TestUsers.as(Role.MANAGER)))
                .andExpect(content().string(containsString("CALL-5")));
    }

    @Test
    void bulletinsAndHandoverPages() throws Exception {
        String title = "公告" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/bulletins").with(TestUsers.as(Role.SUPERVISOR)).with(csrf()).param("title", title)
                .param("body", "今日要点")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/bulletins").with(TestUsers.as(Role.AGENT)))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("new-bulletin"))));
        String notes = "交班" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/handover-log").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf()).param("shift", "白班")
                .param("notes", notes)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/handover-log").with(TestUsers.as(Role.SUPERVISOR)).param("lang", "en"))
                .andExpect(content().string(containsString(notes)))
                .andExpect(content().string(containsString("Take over")));
    }

    static List<Instant> times() {
        return List.of(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }
}
