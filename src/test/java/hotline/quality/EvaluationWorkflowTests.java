package hotline.quality;

import hotline.HotlineWebTest;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.identity.Users;
import hotline.notification.Notifications;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Instant;
import java.util.List;

import static hotline.quality.QualityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scorecard versions, scoring, agent review, appeal and arbitration through the facades, with real people. */
@HotlineWebTest
@RecordApplicationEvents
class EvaluationWorkflowTests {

    @Autowired
    Scorecards scorecards;
    @Autowired
    Evaluations evaluations;
    @Autowired
    CoachingTasks coaching;
    @Autowired
    Users users;
    @Autowired
    Teams teams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEvents events;

    QualityFixture f;

    @BeforeEach
    void center() {
        f = new QualityFixture(users, teams, scorecards, jdbc);
    }

    EvaluationView assigned() {
        var contact = f.contact(f.agent, 320, Instant.now().minusSeconds(600));
        return as(f.supervisor, () -> evaluations.assign(
                new Evaluations.NewAssignment(contact, f.scorecardId, f.qa.id(), 2)));
    }

    @Test
    void aPublishedVersionNeverChangesAndEvaluationsKeepTheirs() {
        var before = assigned();
        var card = as(f.supervisor, () -> scorecards.get(f.scorecardId));
        var v1 = card.current();
        var edited = new ScorecardContent(90, card.draft().sections());
        as(f.supervisor, () -> scorecards.saveDraft(f.scorecardId,
                new Scorecards.DraftChange(card.version(), card.name(), null, edited)));
        assertThat(as(f.qa, () -> scorecards.version(v1.id())).content().passScore()).isEqualTo(80);
        var again = as(f.supervisor, () -> scorecards.get(f.scorecardId));
        var v2 = as(f.supervisor, () -> scorecards.publish(f.scorecardId, again.version()));
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.content().passScore()).isEqualTo(90);
        assertThat(as(f.qa, () -> evaluations.get(before.id())).scorecardVersionId()).isEqualTo(v1.id());
        assertThatThrownBy(() -> as(f.supervisor, () -> scorecards.publish(f.scorecardId, again.version())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version");
    }

    @Test
    void onlySupervisorsManageScorecardsAndFatalItemsMustBeYesNo() {
        assertThatThrownBy(() -> as(f.qa, () -> scorecards.create(
                new Scorecards.NewScorecard("x-" + f.tag, "x", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        var bad = new ScorecardContent(80, List.of(new ScorecardContent.Section("s", 10, List.of(
                new ScorecardContent.Item("a", "a", null, ItemType.POINTS, 10, 5, false, FatalMode.ZERO),
                new ScorecardContent.Item("a", "b", null, ItemType.YES_NO, 10, 1, false, FatalMode.NONE)))));
        assertThatThrownBy(() -> as(f.supervisor, () -> scorecards.create(
                new Scorecards.NewScorecard("bad-" + f.tag, "bad", null, bad))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .contains("sections[0].items[0].fatal", "sections[0].items[1].code"));
    }

    @Test
    void scoresSubmitsAcknowledges() {
        var e = assigned();
        assertThat(e.status()).isEqualTo(EvaluationStatus.ASSIGNED);
        assertThat(e.agentName()).isEqualTo(f.agent.displayName());
        assertThat(e.teamId()).isEqualTo(f.teamId);
        assertThat(as(f.qa, () -> evaluations.myAssignments())).extracting(EvaluationView::id).contains(e.id());
        // the agent does not see it before it is submitted
        assertThatThrownBy(() -> as(f.agent, () -> evaluations.get(e.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(f.qa2, () -> evaluations.save(e.id(),
                new Evaluations.ScoreSheet(e.version(), List.of(), null)))).isInstanceOf(NotFoundException.class);

        var saved = as(f.qa, () -> evaluations.save(e.id(), new Evaluations.ScoreSheet(e.version(),
                List.of(new ItemScore("greeting", 1.0, false, null, null)), null)));
        assertThat(saved.status()).isEqualTo(EvaluationStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as(f.qa, () -> evaluations.submit(e.id(),
                new Evaluations.ScoreSheet(saved.version(), List.of(), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("scores[tone]", "scores[answer]", "scores[identity]"));
        assertThatThrownBy(() -> as(f.qa, () -> evaluations.save(e.id(), new Evaluations.ScoreSheet(saved.version(),
                List.of(new ItemScore("tone", 7.0, false, null, null),
                        new ItemScore("greeting", null, true, null, null)), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("scores[tone]", "scores[greeting]"));

        var submitted = as(f.qa, () -> evaluations.submit(e.id(), new Evaluations.ScoreSheet(saved.version(),
                List.of(new ItemScore("tone", 3.0, false, "语速偏快", 65_000L),
                        new ItemScore("answer", null, true, null, null),
                        new ItemScore("identity", 1.0, false, null, null)), "整体良好")));
        // 服务规范 (10·1 + 10·0.5)/20 = 0.75, 业务处理 only the zero-weight gate: not applicable → 75
        assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(submitted.total()).isEqualTo(75.0);
        assertThat(submitted.passed()).isFalse();
        assertThat(submitted.appealDueAt()).isAfter(submitted.submittedAt());
        assertThat(submitted.score("tone").atMillis()).isEqualTo(65_000L);
        assertThat(events.stream(EvaluationCompleted.class)).anyMatch(c -> c.evaluationId() == e.id()
                && c.total() == 75.0 && !c.passed());
        assertThat(as(f.agent, () -> notifications.mine(20))).anyMatch(n -> n.messageKey().equals("quality.notify.submitted"));

        var mine = as(f.agent, () -> evaluations.mine());
        assertThat(mine).extracting(EvaluationView::id).contains(e.id());
        assertThat(mine.get(0).actions()).contains(EvaluationAction.ACKNOWLEDGE, EvaluationAction.APPEAL);
        assertThatThrownBy(() -> as(f.otherAgent, () -> evaluations.get(e.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(f.lead, () -> evaluations.get(e.id())).id()).isEqualTo(e.id());

        var acknowledged = as(f.agent, () -> evaluations.acknowledge(e.id(), submitted.version()));
        assertThat(acknowledged.status()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThatThrownBy(() -> as(f.agent, () -> evaluations.appeal(e.id(),
                new Evaluations.Appeal(acknowledged.version(), "不服"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot appeal: evaluation " + e.id() + " is ACKNOWLEDGED");
    }

    @Test
    void appealIsArbitratedAndEveryScoreChangeIsAudited() {
        var e = assigned();
        var submitted = as(f.qa, () -> evaluations.submit(e.id(), new Evaluations.ScoreSheet(e.version(),
                List.of(new ItemScore("greeting", 1.0, false, null, null),
                        new ItemScore("tone", 5.0, false, null, null),
                        new ItemScore("answer", 10.0, false, null, null),
                        new ItemScore("identity", 0.0, false, "未核实户号", 30_000L)), null)));
        assertThat(submitted.total()).isEqualTo(100.0);
        assertThat(submitted.passed()).isFalse();
        assertThat(submitted.fatal()).isTrue();

        assertThatThrownBy(() -> as(f.agent, () -> evaluations.appeal(e.id(),
                new Evaluations.Appeal(submitted.version() - 1, "已核实")))).isInstanceOfSatisfying(
                ConflictException.class, x -> assertThat(x.code()).isEqualTo("stale-version"));
        var appealed = as(f.agent, () -> evaluations.appeal(e.id(),
                new Evaluations.Appeal(submitted.version(), "通话开头已核实户号，见 0:20")));
        assertThat(appealed.status()).isEqualTo(EvaluationStatus.APPEALED);
        assertThat(as(f.supervisor, () -> evaluations.appeals())).extracting(EvaluationView::id).contains(e.id());
        assertThatThrownBy(() -> as(f.agent, () -> evaluations.appeals())).isInstanceOf(AccessDeniedException.class);
        // the inspector who scored cannot arbitrate their own evaluation
        assertThatThrownBy(() -> as(f.qa, () -> evaluations.arbitrate(e.id(),
                new Evaluations.Arbitration(appealed.version(), List.of(), "维持"))))
                .isInstanceOf(AccessDeniedException.class);

        var arbitrated = as(f.supervisor, () -> evaluations.arbitrate(e.id(), new Evaluations.Arbitration(
                appealed.version(), List.of(new ItemScore("identity", 1.0, false, "录音 0:20 已核实", 20_000L)),
                "申诉成立")));
        assertThat(arbitrated.status()).isEqualTo(EvaluationStatus.ARBITRATED);
        assertThat(arbitrated.passed()).isTrue();
        assertThat(arbitrated.scoreChanged()).isTrue();
        assertThat(arbitrated.arbiterName()).isEqualTo(f.supervisor.displayName());
        assertThat(events.stream(EvaluationCompleted.class)).anyMatch(c -> c.evaluationId() == e.id() && c.rescored());

        var trail = as(f.supervisor, () -> audit.search(AuditQuery.forEntity("evaluation", Long.toString(e.id()))));
        assertThat(trail).extracting(hotline.audit.AuditEntry::action)
                .contains("assign", "submit", "appeal", "arbitrate");
        assertThat(trail.stream().filter(x -> x.action().equals("arbitrate")).findFirst().orElseThrow().before())
                .contains("\"identity\"");

        // coaching from the evaluation goes to the agent's team lead
        var task = as(f.qa, () -> coaching.create(new CoachingTasks.NewTask(e.id(), "核实身份的标准话术", null)));
        assertThat(task.leadId()).isEqualTo(f.lead.id());
        assertThat(as(f.lead, () -> coaching.list(CoachingTasks.Status.OPEN))).extracting(t -> t.id())
                .contains(task.id());
        assertThatThrownBy(() -> as(f.qa, () -> coaching.complete(task.id(),
                new CoachingTasks.Completion(task.version(), "done")))).isInstanceOf(AccessDeniedException.class);
        var done = as(f.lead, () -> coaching.complete(task.id(),
                new CoachingTasks.Completion(task.version(), "已一对一辅导")));
        assertThat(done.status()).isEqualTo(CoachingTasks.Status.DONE);
    }

    @Test
    void supervisorsReassignAndCancelOpenAssignments() {
        var e = assigned();
        assertThatThrownBy(() -> as(f.supervisor, () -> evaluations.reassign(e.id(), e.version(), f.agent.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.violations().get(0).field()).isEqualTo("inspectorId"));
        var moved = as(f.supervisor, () -> evaluations.reassign(e.id(), e.version(), f.qa2.id()));
        assertThat(moved.inspectorId()).isEqualTo(f.qa2.id());
        assertThatThrownBy(() -> as(f.qa, () -> evaluations.get(e.id()))).isInstanceOf(NotFoundException.class)
                .satisfies(x -> { });
        var cancelled = as(f.supervisor, () -> evaluations.cancel(e.id(), moved.version(), "重复抽检"));
        assertThat(cancelled.status()).isEqualTo(EvaluationStatus.CANCELLED);
        // a cancelled evaluation frees the contact for a new one
        var again = as(f.supervisor, () -> evaluations.assign(
                new Evaluations.NewAssignment(e.contactId(), f.scorecardId, f.qa.id(), null)));
        assertThat(again.id()).isNotEqualTo(e.id());
        assertThatThrownBy(() -> as(f.supervisor, () -> evaluations.assign(
                new Evaluations.NewAssignment(e.contactId(), f.scorecardId, null, null))))
                .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.code()).isEqualTo("duplicate"));
    }
}
