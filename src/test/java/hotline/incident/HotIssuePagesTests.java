package hotline.incident;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.workorder.LoopFixture;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hot-issue pages: order references as links, incidents declared from a hot issue, the period, agents' reports. */
@HotlineWebTest
class HotIssuePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    HotIssues hotIssues;
    @Autowired
    WorkOrders orders;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CenterTime time;

    private static String topic() {
        return "热点页" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor user(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(Role[]::new));
    }

    /** A hot issue of a new topic, raised by five observations with these references first. */
    private HotIssueView raise(String category, String area, Instant at, String... references) {
        SystemActor.run(() -> {
            for (int i = 0; i < Math.max(5, references.length); i++) {
                String reference = i < references.length ? references[i] : category + "-CALL-" + i;
                hotIssues.observe(category, area, at.plusSeconds(i), reference);
            }
        });
        return SystemActor.call(() -> hotIssues.recent(Duration.ofHours(1))).stream()
                .filter(h -> h.category().equals(category)).findFirst().orElseThrow();
    }

    private NewWorkOrder order(LoopFixture f, boolean confidential) {
        var o = f.order(WorkOrderType.REPAIR, "13900000001", null);
        return new NewWorkOrder(o.type(), o.categoryId(), o.urgency(), confidential, o.title(), o.description(),
                o.channel(), o.contactRef(), o.customerId(), o.customerName(), o.customerPhone(), o.customerAddress(),
                o.accountNumber(), o.departmentId(), o.onSpotReply());
    }

    @Test
    void orderReferencesLinkForAViewerWhoMaySeeThemAndStayPlainForOneWhoMayNot() throws Exception {
        var f = new LoopFixture(users, departments, teams);
        var ordinary = as(f.agent, () -> orders.accept(order(f, false)));
        var confidential = as(f.agent, () -> orders.accept(order(f, true)));
        var issue = raise(topic(), "东城区", Instant.now(), ordinary.number(), confidential.number());
        String ordinaryLink = "href=\"/work-orders/" + ordinary.id() + "\"";
        String confidentialLink = "href=\"/work-orders/" + confidential.id() + "\"";

        mvc.perform(get("/hot-issues/" + issue.id()).with(user(f.lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ordinaryLink), containsString(confidentialLink))));
        mvc.perform(get("/hot-issues/" + issue.id()).with(user(f.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ordinaryLink)))
                .andExpect(content().string(not(containsString(confidentialLink))))
                .andExpect(content().string(containsString(confidential.number())))
                .andExpect(content().string(containsString(issue.category() + "-CALL-4")));
    }

    @Test
    void declaringFromAHotIssuePrefillsTheFormAndLinksTheIncidentOnce() throws Exception {
        String category = topic();
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        var issue = raise(category, "南湖区", at);
        String start = time.localDateTime(at).toString();

        mvc.perform(get("/hot-issues/" + issue.id()).with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(content().string(containsString("/incidents/new?hotIssue=" + issue.id())));
        mvc.perform(get("/incidents/new").param("hotIssue", String.valueOf(issue.id()))
                        .with(TestUsers.as(Role.TEAM_LEAD)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + category + " in 南湖区\"")))
                .andExpect(content().string(containsString(">南湖区</textarea>")))
                .andExpect(content().string(containsString("value=\"" + start + "\"")))
                .andExpect(content().string(containsString("5 contacts against an expected 0.0")))
                .andExpect(content().string(containsString("name=\"hotIssueId\" value=\"" + issue.id() + "\"")));
        mvc.perform(get("/incidents/new").param("hotIssue", String.valueOf(issue.id()))
                        .with(TestUsers.as(Role.TEAM_LEAD)).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("value=\"南湖区" + category + "\"")));

        mvc.perform(declare(issue, category)).andExpect(status().is3xxRedirection());
        Long incidentId = SystemActor.call(() -> hotIssues.get(issue.id())).incidentId();
        assertThat(incidentId).isNotNull();
        mvc.perform(get("/hot-issues/" + issue.id()).with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(content().string(containsString("href=\"/incidents/" + incidentId + "\"")))
                .andExpect(content().string(not(containsString("/incidents/new?hotIssue="))));
        mvc.perform(declare(issue, category).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already declared from this hot issue")));
        assertThat(SystemActor.call(() -> hotIssues.get(issue.id())).incidentId()).isEqualTo(incidentId);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder declare(
            HotIssueView issue, String category) {
        return post("/incidents").with(TestUsers.as(Role.TEAM_LEAD)).with(csrf())
                .param("hotIssueId", String.valueOf(issue.id())).param("title", category + "停电")
                .param("type", "OUTAGE").param("districts", "南湖区").param("startedAt", "2026-03-01T10:00")
                .param("wording", "南湖区线路故障，正在抢修。");
    }

    @Test
    void thePeriodChoiceShowsOlderHotIssuesAndAgentsMayNotSeeTheBoard() throws Exception {
        String category = topic();
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        jdbc.sql("""
                        insert into incident.hot_issue
                            (category, area, bucket_start, count, expected, control_limit, detected_at)
                        values (?, '北岸区', ?, 9, 1.0, 5, ?)""")
                .params(category, threeDaysAgo.atOffset(ZoneOffset.UTC), threeDaysAgo.atOffset(ZoneOffset.UTC))
                .update();

        mvc.perform(get("/hot-issues").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(category))));
        mvc.perform(get("/hot-issues").param("period", "7d").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(category)))
                .andExpect(content().string(containsString("period=7d")));
        mvc.perform(get("/hot-issues").param("period", "7d").header("HX-Request", "true")
                        .with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(content().string(containsString(category)))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(get("/hot-issues").param("period", "week").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("period")));
        mvc.perform(get("/hot-issues").param("page", "-1").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page")));
        mvc.perform(get("/hot-issues").with(TestUsers.as(Role.AGENT))).andExpect(status().isForbidden());
    }

    @Test
    void anAgentReportsAnOrderAsAPossibleHotIssueOnce() throws Exception {
        var f = new LoopFixture(users, departments, teams);
        var order = as(f.agent, () -> orders.accept(order(f, false)));
        String url = "/work-orders/" + order.id() + "/hot-issue-report";

        mvc.perform(get("/work-orders/" + order.id()).with(user(f.agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"" + url + "\"")));
        mvc.perform(get(url).with(user(f.agent)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Report as possible hot issue")));
        mvc.perform(post(url).with(user(f.agent)).with(csrf()).header("HX-Request", "true").param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已作为疑似热点上报班组长：REPAIR · 浦东新区")));
        assertThat(reported(order.number(), f.agent.username())).isEqualTo(1);

        mvc.perform(post(url).with(user(f.agent)).with(csrf()).header("HX-Request", "true").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already reported as a possible hot issue by "
                        + f.agent.username())));
        mvc.perform(post(url).with(user(f.lead)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from incident.hot_issue_observation where reference = ? and reported_by is not null")
                .param(order.number()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get(url).with(user(f.agent)).param("lang", "en"))
                .andExpect(content().string(containsString("Reported as a possible hot issue by " + f.agent.username())))
                .andExpect(content().string(not(containsString("report-hot-issue"))));

        mvc.perform(post(url).with(user(f.staff)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/hot-issues").with(user(f.agent))).andExpect(status().isForbidden());
    }

    @Test
    void aPlainFormPostGoesBackToTheOrder() throws Exception {
        var f = new LoopFixture(users, departments, teams);
        var order = as(f.agent, () -> orders.accept(order(f, false)));
        mvc.perform(post("/work-orders/" + order.id() + "/hot-issue-report").with(user(f.agent)).with(csrf()))
                .andExpect(redirectedUrl("/work-orders/" + order.id()));
        assertThat(reported(order.number(), f.agent.username())).isEqualTo(1);
    }

    private int reported(String number, String by) {
        return jdbc.sql("select count(*) from incident.hot_issue_observation where reference = ? and reported_by = ?")
                .params(number, by).query(Integer.class).single();
    }
}
