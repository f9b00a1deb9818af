package hotline.quality.internal;

import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.QualityReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality reports computed from the released regular evaluations submitted in the period (center time zone).
 * Arbitrated scores count as changed; cancelled and calibration evaluations never count.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements QualityReports {

    static final int TREND_POINTS = 8;

    private final JdbcClient jdbc;
    private final People people;
    private final CenterTime time;

    ReportService(JdbcClient jdbc, People people, CenterTime time) {
        this.jdbc = jdbc;
        this.people = people;
        this.time = time;
    }

    @Override
    public Report report(Period period, LocalDate day, Long teamId) {
        var scope = scope(teamId);
        var from = start(period, day);
        var to = next(period, from);
        var where = " where e.kind = 'REGULAR' and e.status not in ('ASSIGNED', 'IN_PROGRESS', 'CANCELLED')"
                + " and e.submitted_at >= ? and e.submitted_at < ?" + scope;
        var range = List.<Object>of(Timestamp.from(time.startOfDay(from)), Timestamp.from(time.startOfDay(to)));
        var summary = jdbc.sql("""
                        select count(*) as n, avg(total) as avg, avg(case when result = 'PASS' then 1.0 else 0 end) as pass,
                            count(*) filter (where fatal) as fatal, count(appealed_at) as appeals,
                            count(*) filter (where score_changed) as changed
                        from quality.evaluation e""" + where)
                .params(range)
                .query((rs, n) -> new Summary(rs.getLong("n"), round(rs, "avg"), round(rs, "pass"),
                        rs.getLong("fatal"), rs.getLong("appeals"), rs.getLong("changed")))
                .single();
        var buckets = new ArrayList<Bucket>();
        int[] edges = {0, 60, 70, 80, 90, 101};
        for (int i = 0; i < edges.length - 1; i++) {
            var params = new ArrayList<>(range);
            params.add(edges[i]);
            params.add(edges[i + 1]);
            long count = jdbc.sql("select count(*) from quality.evaluation e" + where + " and total >= ? and total < ?")
                    .params(params).query(Long.class).single();
            buckets.add(new Bucket(edges[i], Math.min(100, edges[i + 1]), count));
        }
        var agents = rows("e.agent_id", "max(e.agent_name)", where, range);
        var teams = rows("e.team_id", "max(e.team_name)", where, range);
        var items = jdbc.sql("""
                        select s.item_code, max(s.item_name) as name, count(*) filter (where not s.na) as scored,
                            count(*) filter (where s.lost) as lost, count(*) filter (where s.fatal) as fatal
                        from quality.evaluation_score s join quality.evaluation e on e.id = s.evaluation_id"""
                        + where + " group by s.item_code order by lost desc, s.item_code limit 50")
                .params(range)
                .query((rs, n) -> {
                    long scored = rs.getLong("scored");
                    long lost = rs.getLong("lost");
                    return new ItemRow(rs.getString("item_code"), rs.getString("name"), scored, lost,
                            scored == 0 ? null : Math.round(1000.0 * lost / scored) / 1000.0, rs.getLong("fatal"));
                })
                .list();
        var trend = new ArrayList<TrendPoint>();
        var point = from;
        for (int i = 0; i < TREND_POINTS - 1; i++) {
            point = previous(period, point);
        }
        for (int i = 0; i < TREND_POINTS; i++) {
            var end = next(period, point);
            var start = point;
            trend.add(jdbc.sql("""
                            select count(*) as n, avg(total) as avg,
                                avg(case when result = 'PASS' then 1.0 else 0 end) as pass
                            from quality.evaluation e""" + where)
                    .params(Timestamp.from(time.startOfDay(point)), Timestamp.from(time.startOfDay(end)))
                    .query((rs, n) -> new TrendPoint(start, rs.getLong("n"), round(rs, "avg"), round(rs, "pass")))
                    .single());
            point = end;
        }
        return new Report(period, from, to.minusDays(1), teamId, summary, buckets, agents, teams, items, trend);
    }

    private List<Row> rows(String id, String name, String where, List<Object> range) {
        return jdbc.sql("select " + id + " as id, " + name + """
                         as name, count(*) as n, avg(total) as avg, min(total) as min,
                            max(total) as max, avg(case when result = 'PASS' then 1.0 else 0 end) as pass,
                            count(*) filter (where fatal) as fatal, count(appealed_at) as appeals
                        from quality.evaluation e""" + where + " group by " + id + " order by avg(total) desc, 1")
                .params(range)
                .query((rs, n) -> new Row(rs.getObject("id", Long.class), rs.getString("name"), rs.getLong("n"),
                        round(rs, "avg"), round(rs, "min"), round(rs, "max"), round(rs, "pass"), rs.getLong("fatal"),
                        rs.getLong("appeals")))
                .list();
    }

    /** The SQL limiting the report to the person's teams; managers, supervisors and inspectors see all. */
    private String scope(Long teamId) {
        var actor = CurrentUser.require();
        if (actor.isSystem() || actor.hasAny(Role.MANAGER, Role.SUPERVISOR, Role.QA)) {
            return teamId == null ? "" : " and e.team_id = " + teamId;
        }
        if (actor.has(Role.TEAM_LEAD)) {
            var led = people.teamsLedBy(actor.id());
            if (teamId != null) {
                if (!led.contains(teamId)) {
                    throw new AccessDeniedException("not your team");
                }
                return " and e.team_id = " + teamId;
            }
            return led.isEmpty() ? " and false" : " and e.team_id in (" + Scope.join(led) + ")";
        }
        throw new AccessDeniedException("quality reports are for managers, supervisors, inspectors and leads");
    }

    static LocalDate start(Period period, LocalDate day) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    static LocalDate next(Period period, LocalDate start) {
        return switch (period) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    static LocalDate previous(Period period, LocalDate start) {
        return switch (period) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    private static Double round(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : Math.round(value.doubleValue() * 100) / 100.0;
    }
}
