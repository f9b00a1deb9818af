package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.notification.Notifications;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.Calibrations;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.routing.ContactRecord;
import hotline.routing.Routing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Calibration sessions (校准): one contact, one scorecard version, several inspectors scoring blind on their own
 * evaluation (kind CALIBRATION) and the owner's reference (kind REFERENCE). The report exists once the session is
 * closed, so nobody can align with the others while scoring.
 */
@Service
@Validated
@Transactional
class CalibrationService implements Calibrations {

    private final JdbcClient jdbc;
    private final EvaluationStore store;
    private final ScorecardService scorecards;
    private final Assigner assigner;
    private final People people;
    private final Routing routing;
    private final AuditLog audit;
    private final Notifications notifications;
    private final CenterTime time;

    CalibrationService(JdbcClient jdbc, EvaluationStore store, ScorecardService scorecards, Assigner assigner,
                       People people, Routing routing, AuditLog audit, Notifications notifications, CenterTime time) {
        this.jdbc = jdbc;
        this.store = store;
        this.scorecards = scorecards;
        this.assigner = assigner;
        this.people = people;
        this.routing = routing;
        this.audit = audit;
        this.notifications = notifications;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionView> list() {
        requireQuality();
        return jdbc.sql("select * from quality.calibration_session order by id desc limit 200").query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public SessionView get(long id) {
        requireQuality();
        return find(id);
    }

    private SessionView find(long id) {
        return jdbc.sql("select * from quality.calibration_session where id = ?").param(id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("calibration session", id));
    }

    @Override
    public SessionView create(NewSession session) {
        var owner = CurrentUser.require();
        requireSupervisor();
        ContactRecord contact;
        try {
            contact = routing.contact(session.contactId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of("contactId", "Exists", "no contact has id " + session.contactId());
        }
        var inspectors = people.inspectors().stream().map(u -> u.id()).toList();
        var chosen = new LinkedHashSet<>(session.inspectorIds());
        for (Long id : chosen) {
            if (!inspectors.contains(id) || id == owner.id()) {
                throw InvalidInputException.of("inspectorIds", "Inspector",
                        "#" + id + " is not an active inspector other than the session's owner");
            }
        }
        var version = scorecards.current(session.scorecardId(), "scorecardId");
        var now = time.now();
        var facts = EvaluationService.facts(contact);
        long id = jdbc.sql("""
                        insert into quality.calibration_session (title, contact_id, agent_id, agent_name, queue_code,
                            contact_at, talk_seconds, work_order_id, scorecard_version_id, status, created_by,
                            created_by_name, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning id""")
                .params(session.title(), contact.id(), contact.agentId(), people.name(contact.agentId()),
                        contact.queueCode(), EvaluationStore.ts(facts.contactAt()), contact.talkSeconds(),
                        contact.workOrderId(), version.id(), owner.id(), owner.displayName(), Timestamp.from(now))
                .query(Long.class).single();
        participant(id, facts, version.id(), owner.id(), EvaluationView.Kind.REFERENCE, now);
        for (Long inspector : chosen) {
            participant(id, facts, version.id(), inspector, EvaluationView.Kind.CALIBRATION, now);
        }
        notifications.notify(chosen, "quality-calibration", "quality.notify.calibration",
                List.of(session.title()), "/quality/calibrations/" + id);
        var created = find(id);
        audit.record("calibration", id, "create", "calibration " + session.title(), null, created);
        return created;
    }

    private void participant(long sessionId, Assigner.ContactFacts facts, long versionId, long inspectorId,
                             EvaluationView.Kind kind, java.time.Instant now) {
        var e = new Evaluation();
        e.kind = kind;
        e.calibrationId = sessionId;
        assigner.fill(e, facts);
        e.source = EvaluationView.Source.CALIBRATION;
        e.scorecardVersionId = versionId;
        e.inspectorId = inspectorId;
        e.inspectorName = people.name(inspectorId);
        e.status = EvaluationStatus.ASSIGNED;
        e.assignedAt = now;
        e.dueAt = now.plus(Duration.ofDays(3));
        e.updatedAt = now;
        e.planDue();
        store.insert(e);
    }

    @Override
    public SessionView close(long id, long version) {
        requireSupervisor();
        var before = find(id);
        if (before.status() == Status.CLOSED) {
            throw ConflictException.illegalTransition("calibration session", id, before.status(), "close");
        }
        int updated = jdbc.sql("""
                        update quality.calibration_session set status = 'CLOSED', closed_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(Timestamp.from(time.now()), id, version).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("calibration session", id, version, before.version());
        }
        // unsubmitted blind scores stop being due; they stay out of the report
        jdbc.sql("""
                        update quality.evaluation set status = 'CANCELLED', next_due_at = null, version = version + 1,
                            updated_at = ?
                        where calibration_id = ? and status in ('ASSIGNED', 'IN_PROGRESS')""")
                .params(Timestamp.from(time.now()), id).update();
        var after = find(id);
        audit.record("calibration", id, "close", "closed calibration " + before.title(), before.status(),
                after.status());
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Report report(long id) {
        requireQuality();
        var session = find(id);
        if (session.status() != Status.CLOSED) {
            throw new ConflictException("calibration-open", "calibration session " + id
                    + " is still OPEN: scores stay blind until it is closed",
                    Map.of("resource", "calibration session", "id", id, "currentStatus", "OPEN"));
        }
        var content = scorecards.version(session.scorecardVersionId()).content();
        var evaluations = store.ofCalibration(id).stream().filter(e -> e.status == EvaluationStatus.SUBMITTED)
                .toList();
        var reference = evaluations.stream().filter(e -> e.kind == EvaluationView.Kind.REFERENCE).findFirst();
        var others = evaluations.stream().filter(e -> e.kind == EvaluationView.Kind.CALIBRATION).toList();
        Double referenceTotal = reference.map(e -> e.total).orElse(null);
        var inspectors = others.stream().map(e -> new InspectorRow(e.inspectorId, e.inspectorName, e.total,
                referenceTotal == null || e.total == null ? null : round(Math.abs(e.total - referenceTotal))))
                .toList();
        var items = new ArrayList<ItemRow>();
        for (var item : content.items()) {
            Double ref = reference.map(e -> earned(e, item)).orElse(null);
            var shares = new ArrayList<Double>();
            others.forEach(e -> shares.add(earned(e, item)));
            var present = shares.stream().filter(Objects::nonNull).toList();
            Double spread = present.isEmpty() ? null
                    : round(present.stream().mapToDouble(d -> d).max().orElse(0)
                    - present.stream().mapToDouble(d -> d).min().orElse(0));
            Double gap = ref == null || present.isEmpty() ? null
                    : round(present.stream().mapToDouble(d -> Math.abs(d - ref)).average().orElse(0));
            items.add(new ItemRow(item.code(), item.name(), ref, shares, spread, gap));
        }
        return new Report(session, referenceTotal, inspectors, items);
    }

    /** The share of the item's weight an evaluation gave (null when N/A or not scored). */
    private static Double earned(Evaluation e, hotline.quality.ScorecardContent.Item item) {
        var score = e.scores.get(item.code());
        if (score == null || score.na() || score.value() == null) {
            return null;
        }
        return round(ScoreCalculator.share(item, score.value()));
    }

    private static Double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void requireQuality() {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.hasAny(Role.QA, Role.SUPERVISOR)) {
            throw new AccessDeniedException("calibration is for inspectors and supervisors");
        }
    }

    private static void requireSupervisor() {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisors and QA leads run calibration sessions");
        }
    }

    private SessionView map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        var version = scorecards.version(rs.getLong("scorecard_version_id"));
        var participants = jdbc.sql("""
                        select id, inspector_id, inspector_name, kind, status from quality.evaluation
                        where calibration_id = ? order by kind desc, inspector_name""")
                .param(id)
                .query((p, n) -> new Participant(p.getLong("id"), p.getLong("inspector_id"),
                        p.getString("inspector_name"), "REFERENCE".equals(p.getString("kind")),
                        EvaluationStatus.valueOf(p.getString("status"))))
                .list();
        return new SessionView(id, rs.getString("title"), rs.getObject("contact_id", java.util.UUID.class),
                rs.getObject("agent_id", Long.class), rs.getString("agent_name"), rs.getString("queue_code"),
                EvaluationStore.instant(rs, "contact_at"), version.id(), version.scorecardName(), version.number(),
                Status.valueOf(rs.getString("status")), rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(), EvaluationStore.instant(rs, "closed_at"),
                rs.getLong("version"), participants);
    }
}
