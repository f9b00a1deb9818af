package hotline.quality.internal;

import hotline.HotlineWebTest;
import hotline.identity.Users;
import hotline.notification.Notifications;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.quality.Calibrations;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.Evaluations;
import hotline.quality.ItemScore;
import hotline.quality.QualityFixture;
import hotline.quality.SamplingPlans;
import hotline.quality.Scorecards;
import hotline.quality.ContactFlagged;
import hotline.quality.InspectionHit;
import hotline.routing.ContactEnded;
import hotline.workorder.Satisfaction;
import hotline.workorder.WorkOrderArchived;
import hotline.workorder.WorkOrderType;
import hotline.routing.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static hotline.quality.QualityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sampling rules fed by events and the weekly draw, the durable timers (stored due columns swept as the system) and
 * blind calibration, against the real database.
 */
@HotlineWebTest
class SamplingAndTimersTests {

    @Autowired
    Scorecards scorecards;
    @Autowired
    Evaluations evaluations;
    @Autowired
    SamplingPlans plans;
    @Autowired
    Calibrations calibrations;
    @Autowired
    QualityTimers timers;
    @Autowired
    Users users;
    @Autowired
    Teams teams;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    QualityFixture f;

    @BeforeEach
    void center() {
        f = new QualityFixture(users, teams, scorecards, jdbc);
    }

    SamplingPlans.PlanView plan(double percent, Integer longMinutes) {
        return as(f.supervisor, () -> plans.create(new SamplingPlans.PlanDraft(null, "方案" + f.tag, f.scorecardId,
                true, percent, null, true, longMinutes, true, true, 2)));
    }

    Optional<Long> evaluationOf(UUID contactId) {
        return jdbc.sql("select id from quality.evaluation where contact_id = ? and kind = 'REGULAR'")
                .param(contactId).query(Long.class).optional();
    }

    long await(UUID contactId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = evaluationOf(contactId);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no evaluation for contact " + contactId);
    }

    @Test
    void aLongContactIsPickedWhenItEnds() throws InterruptedException {
        plan(0, 30); // 30 minutes: other plans of the shared database may pick shorter ones too
        var contact = f.contact(f.agent, 2400, Instant.now());
        transaction.executeWithoutResult(s -> publisher.publishEvent(new ContactEnded(contact, "BILLING",
                Outcome.HANDLED, f.agent.id(), null, null, "13800138000", 2400.0, Instant.now())));
        long id = await(contact);
        var e = as(f.supervisor, () -> evaluations.get(id));
        assertThat(e.source()).isIn(EvaluationView.Source.LONG_CONTACT);
        assertThat(e.agentId()).isEqualTo(f.agent.id());
        assertThat(e.inspectorId()).isNotEqualTo(f.agent.id());
        assertThat(jdbc.sql("select count(*) from quality.contact_seen where contact_id = ?").param(contact)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void complaintsDissatisfiedCallbacksAndFlaggedContactsArePicked() throws InterruptedException {
        plan(0, null); // complaints, low satisfaction and flagged ticked
        var complaint = f.contact(f.agent, 90, Instant.now());
        var dissatisfied = f.contact(f.agent, 95, Instant.now());
        var flagged = f.contact(f.otherAgent, 100, Instant.now());
        long orderId = 900_000_000L + Math.abs(f.tag.hashCode() % 1_000_000);
        transaction.executeWithoutResult(s -> {
            // the dissatisfied customer's contact is linked to its order when the call ends
            publisher.publishEvent(new ContactEnded(dissatisfied, "BILLING", Outcome.HANDLED, f.agent.id(), null,
                    orderId, "13800138000", 95.0, Instant.now()));
            publisher.publishEvent(archived(orderId + 1, WorkOrderType.COMPLAINT, Satisfaction.SATISFIED,
                    complaint.toString()));
            publisher.publishEvent(new ContactFlagged(flagged, null, f.otherAgent.id(),
                    List.of(new InspectionHit("forbidden", "服务禁语", "forbidden", true, 1000L, 2000L, "不知道")),
                    Instant.now()));
        });
        // the archive comes after the contact was seen (a separate, later transaction in reality too)
        awaitSeen(dissatisfied);
        transaction.executeWithoutResult(s -> publisher.publishEvent(archived(orderId, WorkOrderType.CONSULTATION,
                Satisfaction.DISSATISFIED, null)));
        long complaintId = await(complaint);
        long dissatisfiedId = await(dissatisfied);
        long flaggedId = await(flagged);
        assertThat(as(f.supervisor, () -> evaluations.get(complaintId)).source())
                .isEqualTo(EvaluationView.Source.COMPLAINT);
        assertThat(as(f.supervisor, () -> evaluations.get(dissatisfiedId)).source())
                .isEqualTo(EvaluationView.Source.LOW_SATISFACTION);
        assertThat(as(f.supervisor, () -> evaluations.get(flaggedId)).source())
                .isEqualTo(EvaluationView.Source.FLAGGED);
    }

    @Test
    void ordersNoRuleCanPickCostTheSamplerNoEventPublication() {
        long orderId = 800_000_000L + Math.abs(f.tag.hashCode() % 1_000_000);
        // the registry writes a publication per interested listener inside the publishing transaction
        var stored = transaction.execute(s -> {
            publisher.publishEvent(archived(orderId, WorkOrderType.CONSULTATION, Satisfaction.SATISFIED, null));
            publisher.publishEvent(archived(orderId + 1, WorkOrderType.REPAIR, null, null));
            publisher.publishEvent(archived(orderId + 2, WorkOrderType.CONSULTATION, Satisfaction.DISSATISFIED, null));
            publisher.publishEvent(archived(orderId + 3, WorkOrderType.COMPLAINT, Satisfaction.SATISFIED, null));
            return jdbc.sql("""
                            select serialized_event from event_publication
                            where listener_id like '%EvaluationSampler%' and completion_date is null""")
                    .query(String.class).list();
        });
        var numbers = java.util.stream.LongStream.range(orderId, orderId + 4).mapToObj(id -> "\"GD" + id + "\"")
                .toList();
        assertThat(stored.stream().flatMap(e -> numbers.stream().filter(e::contains)))
                .containsExactlyInAnyOrder("\"GD" + (orderId + 2) + "\"", "\"GD" + (orderId + 3) + "\"");
    }

    private WorkOrderArchived archived(long id, WorkOrderType type, Satisfaction satisfaction, String contactRef) {
        return new WorkOrderArchived(id, "GD" + id, type, null, hotline.workorder.Outcome.RESOLVED, satisfaction, null,
                f.agent.id(), null, contactRef, Instant.now().minusSeconds(3600), Instant.now(), true);
    }

    /** Waits until the contact has been seen (copied from routing's event) without expecting an evaluation. */
    private void awaitSeen(UUID contact) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("select count(*) from quality.contact_seen where contact_id = ?").param(contact)
                    .query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("contact " + contact + " never seen");
    }

    @Test
    void drawsEachAgentsWeeklyPercentageOnce() {
        var plan = plan(20, null);
        var monday = LocalDate.of(2020, 1, 6).plusWeeks(Math.abs(f.tag.hashCode() % 500));
        var start = monday.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        for (int i = 0; i < 10; i++) {
            seen(f.agent.id(), start.plus(Duration.ofHours(12L * i)));
        }
        for (int i = 0; i < 4; i++) {
            seen(f.otherAgent.id(), start.plus(Duration.ofHours(30L * i)));
        }
        seen(f.agent.id(), start.minus(Duration.ofHours(1))); // the week before: not drawn
        var draw = as(f.supervisor, () -> plans.draw(plan.id(), monday));
        assertThat(draw.alreadyDrawn()).isFalse();
        assertThat(draw.drawn()).isEqualTo(3); // ceil(10 · 20 %) + ceil(4 · 20 %)
        var again = as(f.supervisor, () -> plans.draw(plan.id(), monday));
        assertThat(again.alreadyDrawn()).isTrue();
        assertThat(again.drawn()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from quality.evaluation where plan_id = ? and source = 'PERCENT'")
                .param(plan.id()).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> as(f.supervisor, () -> plans.draw(plan.id(), monday.plusDays(1))))
                .isInstanceOf(hotline.platform.InvalidInputException.class);
    }

    private void seen(long agentId, Instant at) {
        jdbc.sql("""
                        insert into quality.contact_seen (contact_id, agent_id, queue_code, ended_at, talk_seconds)
                        values (?, ?, 'BILLING', ?, 120)""")
                .params(UUID.randomUUID(), agentId, Timestamp.from(at)).update();
    }

    @Test
    void overdueAssignmentsWarnAndPassedAppealWindowsClose() {
        var late = as(f.supervisor, () -> evaluations.assign(new Evaluations.NewAssignment(
                f.contact(f.agent, 200, Instant.now()), f.scorecardId, f.qa.id(), 1)));
        var submitted = as(f.supervisor, () -> evaluations.assign(new Evaluations.NewAssignment(
                f.contact(f.agent, 200, Instant.now()), f.scorecardId, f.qa.id(), 1)));
        var done = as(f.qa, () -> evaluations.submit(submitted.id(),
                new Evaluations.ScoreSheet(submitted.version(), QualityFixture.fullMarks(), null)));
        var past = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.sql("update quality.evaluation set due_at = ?, next_due_at = ? where id = ?")
                .params(past, past, late.id()).update();
        jdbc.sql("update quality.evaluation set appeal_due_at = ?, next_due_at = ? where id = ?")
                .params(past, past, done.id()).update();

        timers.sweep();
        timers.sweep(); // a second sweep finds nothing more to do

        var overdue = as(f.qa, () -> evaluations.get(late.id()));
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.version()).isEqualTo(late.version()); // a reminder never invalidates an open form
        assertThat(as(f.qa, () -> notifications.mine(50)).stream()
                .filter(n -> n.messageKey().equals("quality.notify.overdue")).count()).isEqualTo(1);
        var closed = as(f.agent, () -> evaluations.get(done.id()));
        assertThat(closed.status()).isEqualTo(EvaluationStatus.CLOSED);
        assertThat(closed.actions()).isEmpty();
    }

    @Test
    void calibrationIsBlindUntilClosedThenReportsTheSpread() {
        var contact = f.contact(f.otherAgent, 180, Instant.now());
        var session = as(f.supervisor, () -> calibrations.create(new Calibrations.NewSession("校准" + f.tag, contact,
                f.scorecardId, List.of(f.qa.id(), f.qa2.id()))));
        assertThat(session.participants()).hasSize(3);
        long mine = session.participants().stream().filter(p -> p.inspectorId() == f.qa.id()).findFirst()
                .orElseThrow().evaluationId();
        long theirs = session.participants().stream().filter(p -> p.inspectorId() == f.qa2.id()).findFirst()
                .orElseThrow().evaluationId();
        long reference = session.participants().stream().filter(Calibrations.Participant::reference).findFirst()
                .orElseThrow().evaluationId();
        score(f.qa, mine, 5.0, 10.0);
        score(f.qa2, theirs, 2.0, 10.0);
        score(f.supervisor, reference, 4.0, 10.0);
        assertThatThrownBy(() -> as(f.qa, () -> evaluations.get(theirs))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(f.qa, () -> calibrations.report(session.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("OPEN");
        // calibration scores never reach the agent
        assertThat(as(f.otherAgent, () -> evaluations.mine())).extracting(EvaluationView::contactId)
                .doesNotContain(contact);

        var closed = as(f.supervisor, () -> calibrations.close(session.id(), session.version()));
        assertThat(closed.status()).isEqualTo(Calibrations.Status.CLOSED);
        var report = as(f.qa, () -> calibrations.report(session.id()));
        assertThat(as(f.qa, () -> evaluations.get(theirs)).total()).isNotNull();
        var tone = report.items().stream().filter(i -> i.itemCode().equals("tone")).findFirst().orElseThrow();
        assertThat(tone.reference()).isEqualTo(0.75);
        assertThat(tone.scores()).containsExactlyInAnyOrder(1.0, 0.25);
        assertThat(tone.spread()).isEqualTo(0.75);
        assertThat(tone.meanGap()).isEqualTo(0.375);
        var answer = report.items().stream().filter(i -> i.itemCode().equals("answer")).findFirst().orElseThrow();
        assertThat(answer.spread()).isEqualTo(0.0);
        assertThat(report.inspectors()).hasSize(2);
        assertThat(report.referenceTotal()).isNotNull();
    }

    private void score(hotline.platform.security.Actor who, long id, double tone, double answer) {
        var e = as(who, () -> evaluations.get(id));
        as(who, () -> evaluations.submit(id, new Evaluations.ScoreSheet(e.version(), List.of(
                new ItemScore("greeting", 1.0, false, null, null),
                new ItemScore("tone", tone, false, null, null),
                new ItemScore("answer", answer, false, null, null),
                new ItemScore("identity", 1.0, false, null, null)), null)));
    }
}
