package hotline.quality.internal;

import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.ItemScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evaluations and their item scores in plain SQL; saving checks the version the change started from (409). */
@Repository
class EvaluationStore {

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the evaluation; empty when the contact already has a regular evaluation (one per contact). */
    Optional<Evaluation> insert(Evaluation e) {
        var id = jdbc.sql("""
                        insert into quality.evaluation (kind, calibration_id, contact_id, agent_id, agent_name, team_id,
                            team_name, queue_code, contact_at, talk_seconds, work_order_id, source, plan_id,
                            scorecard_version_id, inspector_id, inspector_name, status, assigned_at, due_at,
                            next_due_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (contact_id) where kind = 'REGULAR' and status <> 'CANCELLED' do nothing
                        returning id""")
                .params(e.kind.name(), e.calibrationId, e.contactId, e.agentId, e.agentName, e.teamId, e.teamName,
                        e.queueCode, ts(e.contactAt), e.talkSeconds, e.workOrderId, e.source.name(), e.planId,
                        e.scorecardVersionId, e.inspectorId, e.inspectorName, e.status.name(), ts(e.assignedAt),
                        ts(e.dueAt), ts(e.nextDueAt), ts(e.updatedAt))
                .query(Long.class).optional();
        id.ifPresent(value -> e.id = value);
        return id.map(value -> e);
    }

    boolean hasRegular(UUID contactId) {
        return jdbc.sql("""
                        select count(*) from quality.evaluation
                        where contact_id = ? and kind = 'REGULAR' and status <> 'CANCELLED'""")
                .param(contactId).query(Long.class).single() > 0;
    }

    Optional<Evaluation> find(long id) {
        return jdbc.sql("select * from quality.evaluation where id = ?").param(id).query(this::map).optional()
                .map(this::withScores);
    }

    Evaluation load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("evaluation", id));
    }

    /** Locks the row for this transaction (people and the sweeper serialise on it). */
    Evaluation lock(long id) {
        return jdbc.sql("select * from quality.evaluation where id = ? for update").param(id).query(this::map)
                .optional().map(this::withScores).orElseThrow(() -> new NotFoundException("evaluation", id));
    }

    void update(Evaluation e, long expectedVersion) {
        int updated = jdbc.sql("""
                        update quality.evaluation set inspector_id = ?, inspector_name = ?, status = ?, total = ?,
                            result = ?, fatal = ?, comment = ?, due_at = ?, overdue = ?, started_at = ?,
                            submitted_at = ?, acknowledged_at = ?, appeal_due_at = ?, appealed_at = ?,
                            appeal_reason = ?, arbiter_id = ?, arbiter_name = ?, arbitration_note = ?,
                            arbitrated_at = ?, score_changed = ?, closed_at = ?, next_due_at = ?, updated_at = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(e.inspectorId, e.inspectorName, e.status.name(), e.total, e.result, e.fatal, e.comment,
                        ts(e.dueAt), e.overdue, ts(e.startedAt), ts(e.submittedAt), ts(e.acknowledgedAt),
                        ts(e.appealDueAt), ts(e.appealedAt), e.appealReason, e.arbiterId, e.arbiterName,
                        e.arbitrationNote, ts(e.arbitratedAt), e.scoreChanged, ts(e.closedAt), ts(e.nextDueAt),
                        ts(e.updatedAt), e.id, expectedVersion)
                .update();
        if (updated == 0) {
            long current = jdbc.sql("select version from quality.evaluation where id = ?").param(e.id)
                    .query(Long.class).single();
            throw ConflictException.staleVersion("evaluation", e.id, expectedVersion, current);
        }
        e.version = expectedVersion + 1;
    }

    /** Marks an assignment overdue without bumping the version: a reminder never invalidates an open form. */
    void markOverdue(Evaluation e) {
        jdbc.sql("update quality.evaluation set overdue = true, next_due_at = ? where id = ?")
                .params(ts(e.nextDueAt), e.id).update();
    }

    void writeScores(Evaluation e, List<ScoreCalculator.ItemOutcome> outcomes) {
        jdbc.sql("delete from quality.evaluation_score where evaluation_id = ?").param(e.id).update();
        for (var o : outcomes) {
            var s = e.scores.get(o.code());
            jdbc.sql("""
                            insert into quality.evaluation_score (evaluation_id, item_code, section_name, item_name,
                                value, na, earned, lost, fatal, comment, at_millis)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.id, o.code(), o.sectionName(), o.itemName(), o.value(), o.na(), o.earned(), o.lost(),
                            o.fatal(), s == null ? null : blankToNull(s.comment()), s == null ? null : s.atMillis())
                    .update();
        }
    }

    List<EvaluationView.Score> scoreRows(long evaluationId) {
        return jdbc.sql("select * from quality.evaluation_score where evaluation_id = ?").param(evaluationId)
                .query((rs, n) -> new EvaluationView.Score(rs.getString("item_code"), rs.getString("section_name"),
                        rs.getString("item_name"), dbl(rs, "value"), rs.getBoolean("na"), dbl(rs, "earned"),
                        rs.getBoolean("lost"), rs.getBoolean("fatal"), rs.getString("comment"),
                        (Long) rs.getObject("at_millis", Long.class)))
                .list();
    }

    List<Evaluation> query(String where, List<Object> params, int limit) {
        return jdbc.sql("select * from quality.evaluation where " + where + " order by coalesce(submitted_at, "
                        + "assigned_at) desc, id desc limit " + limit)
                .params(params).query(this::map).list();
    }

    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                        select id from quality.evaluation where next_due_at <= ? order by next_due_at
                        limit ? for update skip locked""")
                .params(ts(now), limit).query(Long.class).list();
    }

    /** Open assignments per inspector (ASSIGNED or IN_PROGRESS, regular ones). */
    Map<Long, Long> openLoad() {
        var load = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                        select inspector_id, count(*) as n from quality.evaluation
                        where status in ('ASSIGNED', 'IN_PROGRESS') group by inspector_id""")
                .query(rs -> {
                    load.put(rs.getLong("inspector_id"), rs.getLong("n"));
                });
        return load;
    }

    List<Evaluation> ofCalibration(long calibrationId) {
        return jdbc.sql("select * from quality.evaluation where calibration_id = ? order by kind desc, id")
                .param(calibrationId).query(this::map).list().stream().map(this::withScores).toList();
    }

    private Evaluation withScores(Evaluation e) {
        for (var s : scoreRows(e.id)) {
            e.scores.put(s.itemCode(), new ItemScore(s.itemCode(), s.value(), s.na(), s.comment(), s.atMillis()));
        }
        return e;
    }

    private Evaluation map(ResultSet rs, int row) throws SQLException {
        var e = new Evaluation();
        e.id = rs.getLong("id");
        e.kind = EvaluationView.Kind.valueOf(rs.getString("kind"));
        e.calibrationId = rs.getObject("calibration_id", Long.class);
        e.contactId = rs.getObject("contact_id", UUID.class);
        e.agentId = rs.getObject("agent_id", Long.class);
        e.agentName = rs.getString("agent_name");
        e.teamId = rs.getObject("team_id", Long.class);
        e.teamName = rs.getString("team_name");
        e.queueCode = rs.getString("queue_code");
        e.contactAt = instant(rs, "contact_at");
        e.talkSeconds = dbl(rs, "talk_seconds");
        e.workOrderId = rs.getObject("work_order_id", Long.class);
        e.source = EvaluationView.Source.valueOf(rs.getString("source"));
        e.planId = rs.getObject("plan_id", Long.class);
        e.scorecardVersionId = rs.getLong("scorecard_version_id");
        e.inspectorId = rs.getLong("inspector_id");
        e.inspectorName = rs.getString("inspector_name");
        e.status = EvaluationStatus.valueOf(rs.getString("status"));
        e.total = dbl(rs, "total");
        e.result = rs.getString("result");
        e.fatal = rs.getBoolean("fatal");
        e.comment = rs.getString("comment");
        e.assignedAt = instant(rs, "assigned_at");
        e.dueAt = instant(rs, "due_at");
        e.overdue = rs.getBoolean("overdue");
        e.startedAt = instant(rs, "started_at");
        e.submittedAt = instant(rs, "submitted_at");
        e.acknowledgedAt = instant(rs, "acknowledged_at");
        e.appealDueAt = instant(rs, "appeal_due_at");
        e.appealedAt = instant(rs, "appealed_at");
        e.appealReason = rs.getString("appeal_reason");
        e.arbiterId = rs.getObject("arbiter_id", Long.class);
        e.arbiterName = rs.getString("arbiter_name");
        e.arbitrationNote = rs.getString("arbitration_note");
        e.arbitratedAt = instant(rs, "arbitrated_at");
        e.scoreChanged = rs.getBoolean("score_changed");
        e.closedAt = instant(rs, "closed_at");
        e.nextDueAt = instant(rs, "next_due_at");
        e.updatedAt = instant(rs, "updated_at");
        e.version = rs.getLong("version");
        return e;
    }

    static Double dbl(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<Object> params(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
