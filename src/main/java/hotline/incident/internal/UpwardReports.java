package hotline.incident.internal;

import hotline.incident.IncidentSummary;
import hotline.incident.UpwardReport;
import hotline.platform.security.Actor;
import hotline.platform.time.CenterTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The upward report (上报) made when an incident closes. Its text is Chinese, the language reports go up in; it is kept
 * as written, so later edits of nothing can change what was reported.
 */
@Component
class UpwardReports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final CenterTime time;

    UpwardReports(JdbcClient jdbc, CenterTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    void record(Incident incident, IncidentSummary summary, String recipient, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into incident.upward_report (incident_id, recipient, body, reported_at, reported_by)
                        values (?, ?, ?, ?, ?)""")
                .params(incident.id, recipient, text(incident, summary), now.atOffset(ZoneOffset.UTC), actor.username())
                .update();
    }

    Optional<UpwardReport> find(long incidentId) {
        return jdbc.sql("select * from incident.upward_report where incident_id = ?").param(incidentId)
                .query((rs, n) -> new UpwardReport(rs.getLong("id"), rs.getLong("incident_id"),
                        rs.getString("recipient"), rs.getString("body"), rs.getTimestamp("reported_at").toInstant(),
                        rs.getString("reported_by")))
                .optional();
    }

    String text(Incident incident, IncidentSummary summary) {
        var area = incident.area();
        var where = new StringBuilder();
        if (!area.districts().isEmpty()) {
            where.append("区县：").append(String.join("、", area.districts())).append("；");
        }
        if (!area.addressPrefixes().isEmpty()) {
            where.append("地址：").append(String.join("、", area.addressPrefixes())).append("；");
        }
        if (!area.accountNumbers().isEmpty()) {
            where.append("户号 ").append(area.accountNumbers().size()).append(" 户；");
        }
        long minutes = summary.durationMinutes();
        return """
                【突发事件上报】%s
                事件类型：%s
                影响范围：%s
                开始时间：%s
                结束时间：%s（持续 %d 小时 %d 分钟）
                客户来电：%d 次；关联工单：%d 张
                统一答复口径：%s
                处置结果：%s
                报告人：%s""".formatted(incident.title, typeName(incident), where, format(incident.startedAt),
                format(summary.closedAt()), minutes / 60, minutes % 60, summary.contacts(), summary.workOrders(),
                incident.wording, summary.resolution(), summary.closedBy());
    }

    private String format(Instant instant) {
        return WHEN.format(time.localDateTime(instant));
    }

    private static String typeName(Incident incident) {
        return switch (incident.type) {
            case OUTAGE -> "故障停电";
            case PLANNED_OUTAGE -> "计划停电";
            case WEATHER -> "恶劣天气";
            case BILLING -> "电费账务";
            case SYSTEM -> "系统故障";
            case OTHER -> "其他";
        };
    }
}
