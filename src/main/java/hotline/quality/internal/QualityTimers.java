package hotline.quality.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.notification.Notifications;
import hotline.platform.db.Batches;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.quality.EvaluationStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Quality's durable timers (ADR 0008): the sweep takes evaluations whose stored {@code next_due_at} has come with
 * {@code FOR UPDATE SKIP LOCKED} — an assignment past its due time is marked overdue and its inspector told; a
 * submitted evaluation whose appeal window passed is closed — and the weekly draw takes last week's percentage
 * sample of every active plan (once per plan and week, claimed in {@code plan_week}). Both survive restarts and fire
 * once in a cluster.
 */
@Component
class QualityTimers {

    static final int BATCH = 200;

    private final EvaluationStore store;
    private final EvaluationService evaluations;
    private final PlanService plans;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final CenterTime time;

    QualityTimers(EvaluationStore store, EvaluationService evaluations, PlanService plans,
                  Notifications notifications, TransactionTemplate transaction, CenterTime time) {
        this.store = store;
        this.evaluations = evaluations;
        this.plans = plans;
        this.notifications = notifications;
        this.transaction = transaction;
        this.time = time;
    }

    /** Handles everything due now; returns how many evaluations were looked at. */
    int sweep() {
        return SystemActor.call(() ->
                (int) Batches.untilShort(BATCH, () -> transaction.execute(status -> sweepBatch())));
    }

    private int sweepBatch() {
        var now = time.now();
        var ids = store.dueIds(now, BATCH);
        for (long id : ids) {
            var e = store.load(id);
            if (EvaluationStatus.OPEN.contains(e.status) && e.dueAt != null && !e.dueAt.isAfter(now)) {
                e.overdue = true;
                e.planDue();
                store.markOverdue(e);
                notifications.notify(List.of(e.inspectorId), "quality-overdue", "quality.notify.overdue",
                        List.of(String.valueOf(e.id), String.valueOf(e.agentName)), "/quality/evaluations/" + e.id);
            } else if (e.status == EvaluationStatus.SUBMITTED && e.appealDueAt != null
                    && !e.appealDueAt.isAfter(now)) {
                evaluations.close(e);
            } else {
                e.planDue();
                store.markOverdue(e);
            }
        }
        return ids.size();
    }

    /** Draws last week's sample for every active plan with a percentage that has not drawn it yet. */
    int drawLastWeek() {
        var lastMonday = time.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return SystemActor.call(() -> transaction.execute(status -> plans.active().stream()
                .filter(plan -> plan.weeklyPercent() > 0)
                .mapToInt(plan -> plans.drawWeek(plan, lastMonday).drawn())
                .sum()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> qualityDeadlines(QualityTimers timers,
                                             @Value("${hotline.quality.sweep-interval:PT30S}") Duration interval) {
            return Tasks.recurring("quality-deadlines", FixedDelay.of(interval))
                    .execute((instance, context) -> timers.sweep());
        }

        @Bean
        RecurringTask<Void> qualityWeeklyDraw(QualityTimers timers,
                                              @Value("${hotline.quality.draw-interval:PT1H}") Duration interval) {
            return Tasks.recurring("quality-weekly-draw", FixedDelay.of(interval))
                    .execute((instance, context) -> timers.drawLastWeek());
        }
    }
}
