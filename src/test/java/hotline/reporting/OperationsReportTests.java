package hotline.reporting;

import hotline.MutableClock;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.QueueDraft;
import hotline.routing.Routing;
import hotline.routing.Strategy;
import hotline.workorder.CallbackResult;
import hotline.workorder.Commands;
import hotline.workorder.LoopFixture;
import hotline.workorder.Satisfaction;
import hotline.workorder.WorkOrderFigures;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operations report adds known figures up exactly: work orders taken round the loop through the facade on a test
 * clock, interval statistics with known parts; and the page and its Excel file show them to whom they concern.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsReportTests {

    /** A Tuesday, 10:00 in Shanghai. */
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    static final LocalDate DAY = LocalDate.parse("2026-11-24");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock testClock() {
            return clock;
        }
    }

    @Autowired
    OperationsReports reports;
    @Autowired
    WorkOrders orders;
    @Autowired
    Routing routing;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    LoopFixture f;
    long teamId;

    @BeforeEach
    void center() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        f = new LoopFixture(users, departments, teams);
        teamId = SystemActor.call(() -> teams.ledBy(f.lead.id())).get(0).id();
    }

    @Test
    void periodsAreCalendarPeriodsAroundTheChosenDay() {
        assertThat(Period.WEEK.start(DAY)).isEqualTo("2026-11-23");
        assertThat(Period.QUARTER.start(DAY)).isEqualTo("2026-10-01");
        assertThat(Period.QUARTER.end(Period.QUARTER.start(DAY))).isEqualTo("2027-01-01");
        assertThat(Period.YEAR.start(DAY)).isEqualTo("2026-01-01");
        assertThat(Period.MONTH.end(LocalDate.parse("2026-02-01"))).isEqualTo("2026-03-01");
    }

    @Test
    void workOrderFiguresCountTheLoopExactly() {
        fiveOrders();

        var team = team(as(f.manager, () -> reports.report(Period.DAY, DAY)));
        assertThat(team.accepted()).isEqualTo(5);
        assertThat(team.acceptedByType()).containsEntry(WorkOrderType.COMPLAINT, 3L)
                .containsEntry(WorkOrderType.CONSULTATION, 1L).containsEntry(WorkOrderType.HELP, 1L)
                .containsEntry(WorkOrderType.REPAIR, 0L);
        assertThat(team.complaints()).isEqualTo(3);
        assertThat(team.resolvedOnSpot()).isEqualTo(1);
        assertThat(team.firstContactResolution()).isEqualTo(0.2);
        assertThat(team.archived()).isEqualTo(4);
        assertThat(team.archivedOnTime()).isEqualTo(3);
        assertThat(team.archivedOverdue()).isEqualTo(1);
        assertThat(team.onTimeRate()).isEqualTo(0.75);
        assertThat(team.callbacksReached()).as("three archived verdicts and one dissatisfied").isEqualTo(4);
        assertThat(team.satisfied()).isEqualTo(2);
        assertThat(team.satisfaction()).isEqualTo(0.5);

        var nextDay = team(as(f.manager, () -> reports.report(Period.DAY, DAY.plusDays(1))));
        assertThat(nextDay.accepted()).isZero();
        assertThat(nextDay.archived()).isZero();
        var month = team(as(f.manager, () -> reports.report(Period.MONTH, DAY)));
        assertThat(month).isEqualTo(team);
    }

    @Test
    void aTeamLeadSeesOnlyTheTeamsTheyLead() {
        as(f.agent, () -> orders.accept(f.complaint("13900000001", f.departmentId)));
        var other = new LoopFixture(users, departments, teams);
        as(other.agent, () -> orders.accept(other.complaint("13900000002", other.departmentId)));

        var lead = as(f.lead, () -> reports.report(Period.DAY, DAY));
        assertThat(lead.teams()).extracting(OperationsReport.TeamRow::teamId).containsExactly(teamId);
        assertThat(lead.orders().accepted()).isEqualTo(1);
        var manager = as(f.manager, () -> reports.report(Period.DAY, DAY));
        assertThat(manager.teams().size()).isGreaterThan(1);
        assertThat(manager.orders().accepted()).isGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> as(f.agent, () -> reports.report(Period.DAY, DAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void telephonyAddsCountsAndSecondsNotRatios() {
        long queue = queue();
        // 00:00 Shanghai on the day opens the period; 00:00 the next day is after it
        interval(queue, "2026-11-23T16:00:00Z", 10, 8, 2, 6, 1, 10.0, 8, 1600);
        interval(queue, "2026-11-24T03:15:00Z", 2, 1, 1, 0, 1, 30.0, 1, 100);
        interval(queue, "2026-11-24T16:00:00Z", 50, 50, 0, 50, 0, 1.0, 50, 5000);

        var report = as(f.manager, () -> reports.report(Period.DAY, DAY));
        var q = report.queues().stream().filter(t -> t.queueId() == queue).findFirst().orElseThrow();
        assertThat(q.offered()).isEqualTo(12);
        assertThat(q.answered()).isEqualTo(9);
        assertThat(q.abandoned()).isEqualTo(3);
        assertThat(q.serviceLevel()).as("6 / (9 + 2), not the mean of 6/9 and 0/2").isEqualTo(6.0 / 11);
        assertThat(q.asaSeconds()).isCloseTo(110.0 / 9, within(1e-9));
        assertThat(q.ahtSeconds()).isCloseTo(1700.0 / 9, within(1e-9));
        assertThat(report.center().offered()).isEqualTo(report.queues().stream().mapToLong(t -> t.offered()).sum());
    }

    @Test
    void thePageIsForLeadsSupervisorsAndManagers() throws Exception {
        fiveOrders();
        mvc.perform(get("/reports/operations").with(user(f.agent))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/operations/export.xlsx").with(user(f.agent))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/operations").with(user(f.qa))).andExpect(status().isForbidden());
        String teamName = "班组" + f.lead.username().substring(2);
        mvc.perform(get("/reports/operations").param("period", "DAY").param("day", DAY.toString())
                        .with(user(f.lead)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("运营报表")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(teamName)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("75.0%")))
                // the team's line carries its figures: five accepted, one of the four archived late
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<td>" + teamName + "</td>\\s*<td>5</td>.*<td>75\\.0%</td>.*")));
        mvc.perform(get("/reports/operations").param("period", "QUARTER").with(user(f.supervisor))
                        .header("HX-Request", "true").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("First-contact resolution")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(get("/work-orders").with(user(f.manager)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/reports/operations\"")));
    }

    @Test
    void theExcelFileHoldsTheTeamsFigures() throws Exception {
        fiveOrders();
        String teamName = "班组" + f.lead.username().substring(2);
        var xlsx = mvc.perform(get("/reports/operations/export.xlsx").param("period", "DAY")
                        .param("day", DAY.toString()).with(user(f.lead)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn();
        xlsx.getAsyncResult();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).containsExactly("话务（呼入）", "工单");
            var sheet = workbook.getSheets().filter(s -> s.getName().equals("工单")).findFirst().orElseThrow();
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("日报 2026-11-24 – 2026-11-24");
            List<String> headers = rows.get(1).stream().map(c -> c == null ? "" : c.getText()).toList();
            var team = rows.stream().filter(r -> teamName.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(number(team, headers.indexOf("受理量"))).isEqualTo(5);
            assertThat(number(team, headers.indexOf("投诉"))).isEqualTo(3);
            assertThat(number(team, headers.indexOf("一次解决率"))).isEqualTo(0.2);
            assertThat(number(team, headers.indexOf("按时率"))).isEqualTo(0.75);
            assertThat(number(team, headers.indexOf("超时归档"))).isEqualTo(1);
            assertThat(number(team, headers.indexOf("满意率"))).isEqualTo(0.5);
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("合计");
            assertThat(number(rows.get(rows.size() - 1), headers.indexOf("受理量"))).as("a lead's total: their team")
                    .isEqualTo(5);
        }
    }

    /**
     * Five orders of one team on the day: a consultation resolved on the spot; two complaints answered in time, called
     * back very satisfied and neutral, archived; a complaint called back dissatisfied (reopened); an emergency replied
     * an hour after its four-hour limit, called back satisfied, archived.
     */
    private void fiveOrders() {
        var consultation = as(f.agent, () -> orders.accept(f.order(WorkOrderType.CONSULTATION, "13800000011", null)));
        as(f.agent, () -> orders.resolveOnSpot(consultation.id(),
                new Commands.Reply(consultation.version(), "电价标准已告知")));
        archived(loop(f.complaint("13800000012", f.departmentId), Satisfaction.VERY_SATISFIED));
        archived(loop(f.complaint("13800000013", f.departmentId), Satisfaction.NEUTRAL));
        loop(f.complaint("13800000014", f.departmentId), Satisfaction.DISSATISFIED);

        var help = as(f.agent, () -> orders.accept(f.order(WorkOrderType.HELP, "13800000015", f.departmentId)));
        var signed = as(f.staff, () -> orders.signOff(help.id(), new Commands.Versioned(help.version())));
        clock.advance(Duration.ofHours(5));
        var replied = as(f.staff, () -> orders.reply(help.id(), new Commands.Reply(signed.version(), "已处理")));
        var called = as(f.agent, () -> orders.callback(help.id(), new Commands.Callback(replied.version(),
                CallbackResult.REACHED, Satisfaction.SATISFIED, null)));
        archived(called);
    }

    private WorkOrderView loop(hotline.workorder.NewWorkOrder request, Satisfaction verdict) {
        var order = as(f.agent, () -> orders.accept(request));
        var signed = as(f.staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        var replied = as(f.staff, () -> orders.reply(order.id(), new Commands.Reply(signed.version(), "已处理")));
        return as(f.agent, () -> orders.callback(order.id(), new Commands.Callback(replied.version(),
                CallbackResult.REACHED, verdict, null)));
    }

    private void archived(WorkOrderView order) {
        as(f.agent, () -> orders.archive(order.id(), new Commands.Versioned(order.version())));
    }

    private WorkOrderFigures team(OperationsReport report) {
        return report.teams().stream().filter(t -> t.teamId() != null && t.teamId() == teamId).findFirst()
                .orElseThrow().figures();
    }

    private long queue() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '0');
        return SystemActor.call(() -> routing.createQueue(new QueueDraft(code, "报表队列", Channel.VOICE, Map.of(), 0,
                Strategy.LONGEST_IDLE, 80, 20, null, null, false, null, 1, 30, 60, true, null))).id();
    }

    /** An interval row as routing's statistics task writes it, with known parts. */
    private void interval(long queue, String start, int offered, int answered, int abandoned, int inTarget,
                          int abandonedAfter, double asa, int handled, double handleSeconds) {
        Double sl = answered + abandonedAfter == 0 ? null : (double) inTarget / (answered + abandonedAfter);
        jdbc.sql("""
                        insert into routing.queue_interval_stat (queue_id, interval_minutes, interval_start, offered,
                            answered, abandoned, answered_in_target, service_level, asa_seconds, aht_seconds,
                            longest_wait_seconds, computed_at, abandoned_after_target, handled, handle_seconds)
                        values (?, 15, ?, ?, ?, ?, ?, ?, ?, ?, null, now(), ?, ?, ?)""")
                .params(queue, Timestamp.from(Instant.parse(start)), offered, answered, abandoned, inTarget, sl, asa,
                        handleSeconds / handled, abandonedAfter, handled, handleSeconds)
                .update();
    }

    private static double number(Row row, int column) {
        assertThat(column).as("column found").isNotNegative();
        return row.getCellAsNumber(column).orElseThrow().doubleValue();
    }

    private static RequestPostProcessor user(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(Role[]::new));
    }
}
