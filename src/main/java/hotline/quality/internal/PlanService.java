package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.EvaluationView;
import hotline.quality.SamplingPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sampling plans and the weekly percentage draw (ADR 0082). */
@Service
@Validated
@Transactional
class PlanService implements SamplingPlans {

    private final JdbcClient jdbc;
    private final ScorecardService scorecards;
    private final Assigner assigner;
    private final AuditLog audit;
    private final CenterTime time;

    PlanService(JdbcClient jdbc, ScorecardService scorecards, Assigner assigner, AuditLog audit, CenterTime time) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.assigner = assigner;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> list() {
        return jdbc.sql(SELECT + " order by p.name").query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView get(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("sampling plan", id));
    }

    List<PlanView> active() {
        return jdbc.sql(SELECT + " where p.active order by p.id").query(this::map).list();
    }

    @Override
    public PlanView create(PlanDraft draft) {
        requireManager();
        check(draft);
        var now = Timestamp.from(time.now());
        long id = jdbc.sql("""
                        insert into quality.sampling_plan (name, scorecard_id, active, weekly_percent, weekly_cap,
                            complaints, long_minutes, low_satisfaction, flagged, due_days, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.name(), draft.scorecardId(), draft.active(), draft.weeklyPercent(), draft.weeklyCap(),
                        draft.complaints(), draft.longMinutes(), draft.lowSatisfaction(), draft.flagged(),
                        draft.dueDays(), now, now)
                .query(Long.class).single();
        var created = get(id);
        audit.record("sampling-plan", id, "create", "sampling plan " + draft.name(), null, created);
        return created;
    }

    @Override
    public PlanView update(long id, PlanDraft draft) {
        requireManager();
        var before = get(id);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "NotNull", "must not be null");
        }
        check(draft);
        int updated = jdbc.sql("""
                        update quality.sampling_plan set name = ?, scorecard_id = ?, active = ?, weekly_percent = ?,
                            weekly_cap = ?, complaints = ?, long_minutes = ?, low_satisfaction = ?, flagged = ?,
                            due_days = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(draft.name(), draft.scorecardId(), draft.active(), draft.weeklyPercent(), draft.weeklyCap(),
                        draft.complaints(), draft.longMinutes(), draft.lowSatisfaction(), draft.flagged(),
                        draft.dueDays(), Timestamp.from(time.now()), id, draft.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("sampling plan", id, draft.version(), before.version());
        }
        var after = get(id);
        audit.record("sampling-plan", id, "update", "sampling plan " + draft.name(), before, after);
        return after;
    }

    private void check(PlanDraft draft) {
        if (scorecards.find(draft.scorecardId()).isEmpty()) {
            throw InvalidInputException.of("scorecardId", "Exists", "no scorecard has id " + draft.scorecardId());
        }
        scorecards.current(draft.scorecardId(), "scorecardId");
    }

    @Override
    public Draw draw(long id, LocalDate weekStart) {
        requireManager();
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw InvalidInputException.of("weekStart", "Monday", "a week starts on a Monday");
        }
        return drawWeek(get(id), weekStart);
    }

    /** Draws the plan's week once: the first caller claims it, later callers (other nodes, a second click) see it drawn. */
    Draw drawWeek(PlanView plan, LocalDate weekStart) {
        int claimed = jdbc.sql("""
                        insert into quality.plan_week (plan_id, week_start, drawn, drawn_at) values (?, ?, 0, ?)
                        on conflict do nothing""")
                .params(plan.id(), weekStart, Timestamp.from(time.now())).update();
        if (claimed == 0) {
            int drawn = jdbc.sql("select drawn from quality.plan_week where plan_id = ? and week_start = ?")
                    .params(plan.id(), weekStart).query(Integer.class).single();
            return new Draw(plan.id(), weekStart, drawn, true);
        }
        var from = time.startOfDay(weekStart);
        var to = time.startOfDay(weekStart.plusDays(7));
        var byAgent = new LinkedHashMap<Long, List<Assigner.ContactFacts>>();
        jdbc.sql("""
                        select * from quality.contact_seen where ended_at >= ? and ended_at < ?
                        order by agent_id, ended_at, contact_id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    byAgent.computeIfAbsent(rs.getLong("agent_id"), a -> new ArrayList<>()).add(facts(rs));
                });
        long seed = plan.id() * 1_000_003L + weekStart.toEpochDay();
        var picked = Spread.pick(byAgent, plan.weeklyPercent(), plan.weeklyCap(), seed);
        var version = scorecards.current(plan.scorecardId(), "scorecardId");
        int drawn = 0;
        var now = time.now();
        for (var contacts : picked.values()) {
            for (var contact : contacts) {
                if (assigner.assign(contact, EvaluationView.Source.PERCENT, plan.id(), version.id(), null,
                        plan.dueDays(), now).isPresent()) {
                    drawn++;
                }
            }
        }
        jdbc.sql("update quality.plan_week set drawn = ? where plan_id = ? and week_start = ?")
                .params(drawn, plan.id(), weekStart).update();
        audit.record("sampling-plan", plan.id(), "draw", "drew " + drawn + " contacts of the week " + weekStart,
                null, Map.of("weekStart", weekStart.toString(), "drawn", drawn));
        return new Draw(plan.id(), weekStart, drawn, false);
    }

    static Assigner.ContactFacts facts(ResultSet rs) throws SQLException {
        return new Assigner.ContactFacts(rs.getObject("contact_id", UUID.class), rs.getLong("agent_id"),
                rs.getString("queue_code"), rs.getTimestamp("ended_at").toInstant(),
                EvaluationStore.dbl(rs, "talk_seconds"), rs.getObject("work_order_id", Long.class));
    }

    private static void requireManager() {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("sampling plans are managed by supervisors and QA leads");
        }
    }

    private static final String SELECT = """
            select p.*, s.name as scorecard_name from quality.sampling_plan p
            join quality.scorecard s on s.id = p.scorecard_id""";

    private PlanView map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        var draws = jdbc.sql("""
                        select * from quality.plan_week where plan_id = ? order by week_start desc limit 8""")
                .param(id)
                .query((w, n) -> new Draw(id, w.getDate("week_start").toLocalDate(), w.getInt("drawn"), true))
                .list();
        return new PlanView(id, rs.getString("name"), rs.getLong("scorecard_id"), rs.getString("scorecard_name"),
                rs.getBoolean("active"), rs.getDouble("weekly_percent"), rs.getObject("weekly_cap", Integer.class),
                rs.getBoolean("complaints"), rs.getObject("long_minutes", Integer.class),
                rs.getBoolean("low_satisfaction"), rs.getBoolean("flagged"), rs.getInt("due_days"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"), draws);
    }
}
