package hotline.quality.internal;

import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who sees and does what with evaluations (ADR 0081). Supervisors and managers see every regular evaluation;
 * inspectors their own assignments and every released evaluation; team leads the released evaluations of their
 * teams' agents; agents their own, once released. Calibration scores are blind: only their inspector and supervisors
 * see them until the session closes. Outside a person's scope an evaluation answers 404, not 403.
 */
@Component
class Scope {

    private final People people;
    private final JdbcClient jdbc;

    Scope(People people, JdbcClient jdbc) {
        this.people = people;
        this.jdbc = jdbc;
    }

    void requireVisible(Evaluation e, Actor actor) {
        if (!visible(e, actor)) {
            throw new NotFoundException("evaluation", e.id);
        }
    }

    boolean visible(Evaluation e, Actor actor) {
        if (actor.isSystem() || e.inspectorId == actor.id() || actor.has(Role.SUPERVISOR)) {
            return true;
        }
        if (e.kind != EvaluationView.Kind.REGULAR) {
            return actor.has(Role.QA) && calibrationClosed(e.calibrationId);
        }
        if (actor.has(Role.MANAGER)) {
            return true;
        }
        if (!e.status.released()) {
            return false;
        }
        return actor.has(Role.QA)
                || (actor.has(Role.AGENT) && Objects.equals(e.agentId, actor.id()))
                || (actor.has(Role.TEAM_LEAD) && e.agentId != null && people.membersLedBy(actor.id()).contains(e.agentId));
    }

    /** The role part of the rules; the transition table and the appeal window come on top. */
    boolean may(EvaluationAction action, Evaluation e, Actor actor) {
        boolean regular = e.kind == EvaluationView.Kind.REGULAR;
        return switch (action) {
            case SAVE, SUBMIT -> e.inspectorId == actor.id();
            case ACKNOWLEDGE, APPEAL -> regular && Objects.equals(e.agentId, actor.id());
            case ARBITRATE -> regular && actor.has(Role.SUPERVISOR) && e.inspectorId != actor.id();
            case REASSIGN, CANCEL -> regular && (actor.has(Role.SUPERVISOR) || actor.isSystem());
            case CLOSE -> actor.isSystem();
        };
    }

    /** The SQL condition limiting a list to the person's scope (regular evaluations). */
    String listCondition(Actor actor) {
        if (actor.isSystem() || actor.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            return "true";
        }
        var parts = new ArrayList<String>();
        parts.add("inspector_id = ?");
        if (actor.has(Role.QA)) {
            parts.add(RELEASED);
        }
        if (actor.has(Role.AGENT)) {
            parts.add("(agent_id = ? and " + RELEASED + ")");
        }
        if (actor.has(Role.TEAM_LEAD)) {
            var members = people.membersLedBy(actor.id());
            parts.add(members.isEmpty() ? "false" : "(agent_id in (" + join(members) + ") and " + RELEASED + ")");
        }
        return "(" + String.join(" or ", parts) + ")";
    }

    List<Object> listParams(Actor actor) {
        if (actor.isSystem() || actor.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        params.add(actor.id());
        if (actor.has(Role.AGENT)) {
            params.add(actor.id());
        }
        return params;
    }

    static final String RELEASED = "status not in ('ASSIGNED', 'IN_PROGRESS', 'CANCELLED')";

    private boolean calibrationClosed(Long calibrationId) {
        return calibrationId != null && jdbc.sql("select status from quality.calibration_session where id = ?")
                .param(calibrationId).query(String.class).optional().map("CLOSED"::equals).orElse(false);
    }

    static String join(java.util.Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
