package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.notification.Notifications;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.CoachingTasks;
import hotline.quality.EvaluationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Coaching tasks (辅导): created from a released evaluation by its inspector or a supervisor, assigned to the lead of
 * the agent's team (notified), tracked until the lead records the outcome.
 */
@Service
@Validated
@Transactional
class CoachingService implements CoachingTasks {

    private final JdbcClient jdbc;
    private final EvaluationStore evaluations;
    private final Scope scope;
    private final People people;
    private final AuditLog audit;
    private final Notifications notifications;
    private final CenterTime time;

    CoachingService(JdbcClient jdbc, EvaluationStore evaluations, Scope scope, People people, AuditLog audit,
                    Notifications notifications, CenterTime time) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.scope = scope;
        this.people = people;
        this.audit = audit;
        this.notifications = notifications;
        this.time = time;
    }

    @Override
    public CoachingTaskView create(NewTask task) {
        var actor = CurrentUser.require();
        var e = evaluations.find(task.evaluationId()).filter(x -> scope.visible(x, actor))
                .orElseThrow(() -> InvalidInputException.of("evaluationId", "Exists",
                        "no evaluation " + task.evaluationId() + " in your scope"));
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR) && e.inspectorId != actor.id()) {
            throw new AccessDeniedException("the evaluation's inspector or a supervisor creates coaching tasks");
        }
        if (e.kind != EvaluationView.Kind.REGULAR || !e.status.released() || e.agentId == null) {
            throw InvalidInputException.of("evaluationId", "Released", "coach on a submitted evaluation of an agent");
        }
        var team = people.teamOf(e.agentId);
        Long leadId = team.map(t -> t.leadUserId()).orElse(null);
        long id = jdbc.sql("""
                        insert into quality.coaching_task (evaluation_id, agent_id, agent_name, team_id, lead_id, focus,
                            status, created_by, created_by_name, created_at, due_date)
                        values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?) returning id""")
                .params(e.id, e.agentId, e.agentName, team.map(t -> t.id()).orElse(null), leadId, task.focus(),
                        actor.id(), actor.displayName(), Timestamp.from(time.now()),
                        task.dueDate() == null ? null : Date.valueOf(task.dueDate()))
                .query(Long.class).single();
        var created = get(id);
        audit.record("coaching-task", id, "create", "coaching for " + e.agentName + " on evaluation " + e.id, null,
                created);
        if (leadId != null) {
            notifications.notify(List.of(leadId), "quality-coaching", "quality.notify.coaching",
                    List.of(String.valueOf(e.agentName), task.focus()), "/quality/coaching");
        }
        return created;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoachingTaskView> list(Status status) {
        var actor = CurrentUser.require();
        var where = new StringBuilder("where true");
        var params = new ArrayList<Object>();
        if (!actor.isSystem() && !actor.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            where.append(" and (lead_id = ? or created_by = ? or agent_id = ?)");
            params.add(actor.id());
            params.add(actor.id());
            params.add(actor.id());
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        return jdbc.sql("select * from quality.coaching_task " + where + " order by status desc, id desc limit 500")
                .params(params).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoachingTaskView> ofEvaluation(long evaluationId) {
        var actor = CurrentUser.require();
        return jdbc.sql("select * from quality.coaching_task where evaluation_id = ? order by id")
                .param(evaluationId).query(this::map).list().stream().filter(t -> mayRead(t, actor)).toList();
    }

    @Override
    public CoachingTaskView complete(long id, Completion completion) {
        var actor = CurrentUser.require();
        var before = get(id);
        if (!mayRead(before, actor)) {
            throw new NotFoundException("coaching task", id);
        }
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR) && !Objects.equals(before.leadId(), actor.id())) {
            throw new AccessDeniedException("the team lead records the coaching");
        }
        if (before.status() == Status.DONE) {
            throw ConflictException.illegalTransition("coaching task", id, before.status(), "complete");
        }
        int updated = jdbc.sql("""
                        update quality.coaching_task set status = 'DONE', done_at = ?, outcome = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(Timestamp.from(time.now()), completion.outcome(), id, completion.version()).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("coaching task", id, completion.version(), before.version());
        }
        var after = get(id);
        audit.record("coaching-task", id, "complete", "coaching of " + before.agentName() + " done", before, after);
        return after;
    }

    private CoachingTaskView get(long id) {
        return jdbc.sql("select * from quality.coaching_task where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("coaching task", id));
    }

    private static boolean mayRead(CoachingTaskView t, Actor actor) {
        return actor.isSystem() || actor.hasAny(Role.SUPERVISOR, Role.MANAGER) || Objects.equals(t.leadId(), actor.id())
                || t.agentId() == actor.id() || actor.has(Role.QA);
    }

    private CoachingTaskView map(ResultSet rs, int row) throws SQLException {
        Long leadId = rs.getObject("lead_id", Long.class);
        var due = rs.getDate("due_date");
        return new CoachingTaskView(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getLong("agent_id"),
                rs.getString("agent_name"), rs.getObject("team_id", Long.class), leadId, people.name(leadId),
                rs.getString("focus"), Status.valueOf(rs.getString("status")), rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toLocalDate(),
                EvaluationStore.instant(rs, "done_at"), rs.getString("outcome"), rs.getLong("version"));
    }
}
