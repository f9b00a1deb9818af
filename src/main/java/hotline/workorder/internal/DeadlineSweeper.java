package hotline.workorder.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.platform.db.Batches;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.workorder.WorkOrderDeadlineApproaching;
import hotline.workorder.WorkOrderOverdue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Announces warning levels and overdue deadlines. Each open order stores when it next needs a look
 * ({@code next_alert_at}); the sweep takes the due ones in batches with {@code FOR UPDATE SKIP LOCKED}, so a timer
 * survives restarts, fires once however many nodes run, and costs nothing for orders not yet due.
 */
@Component
class DeadlineSweeper {

    static final int BATCH = 200;

    private final WorkOrderStore store;
    private final WorkingCalendar calendar;
    private final AlertLevels levels;
    private final LoopNotifier notifier;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CenterTime time;

    DeadlineSweeper(WorkOrderStore store, WorkingCalendar calendar, AlertLevels levels, LoopNotifier notifier,
                    ApplicationEventPublisher events, TransactionTemplate transaction, CenterTime time) {
        this.store = store;
        this.calendar = calendar;
        this.levels = levels;
        this.notifier = notifier;
        this.events = events;
        this.transaction = transaction;
        this.time = time;
    }

    /** Processes everything due now; returns how many orders were looked at. */
    int sweep() {
        return SystemActor.call(() ->
                (int) Batches.untilShort(BATCH, () -> transaction.execute(status -> sweepBatch())));
    }

    private int sweepBatch() {
        var now = time.now();
        var ids = store.dueForAlert(now, BATCH);
        int[] configured = levels.levels();
        for (long id : ids) {
            var order = store.load(id);
            int level = order.levelAt(now, configured, calendar);
            if (level > order.warningLevel) {
                order.warningLevel = level;
                if (level >= 100) {
                    order.overdue = true;
                    events.publishEvent(new WorkOrderOverdue(order.id, order.number, order.status, order.dueAt,
                            order.departmentId, order.acceptedBy));
                } else {
                    events.publishEvent(new WorkOrderDeadlineApproaching(order.id, order.number, order.status, level,
                            order.dueAt, order.departmentId, order.acceptedBy));
                }
                notifier.deadline(order, level);
            }
            order.planAlerts(configured, calendar);
            store.updateAlerts(order);
        }
        return ids.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> workOrderDeadlines(DeadlineSweeper sweeper,
                                               @Value("${hotline.workorder.sweep-interval:PT5S}") Duration interval) {
            return Tasks.recurring("workorder-deadlines", FixedDelay.of(interval))
                    .execute((instance, context) -> sweeper.sweep());
        }
    }
}
