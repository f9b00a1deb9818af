package hotline.workforce.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.platform.db.RetentionRule;
import hotline.platform.db.TransactionScoped;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentStateChanged;
import hotline.routing.ContactQuery;
import hotline.routing.ContactRecord;
import hotline.routing.IntervalStat;
import hotline.routing.Outcome;
import hotline.routing.Routing;
import hotline.workforce.AgentState;
import hotline.workforce.ContactInterval;
import hotline.workforce.WorkforceFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Workforce learns from routing (ADR 0045): every agent state change goes into the adherence history in the
 * transaction that records it in routing, and the closed 15-minute intervals of every queue are copied into the
 * forecasting history a few minutes after they close (again over the last two hours, so a late recomputation by
 * routing is picked up; the feed replaces rows).
 */
@Component
class RoutingIntake {

    static final int INTERVAL_MINUTES = 15;
    static final String SOURCE = "routing";

    private final Routing routing;
    private final WorkforceFeed feed;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    RoutingIntake(Routing routing, WorkforceFeed feed, Clock clock, JdbcTemplate jdbc) {
        this.routing = routing;
        this.feed = feed;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Not ready with a reason (break, meal, training …) is recorded as that reason, the way adherence reads it.
     *
     * <p>Synchronous, inside routing's journal transaction: the changes of one journal batch are written with one
     * batched insert just before it commits — as durable as routing's own history, without an event publication row
     * and a transaction per change, which cut routing's committed throughput tenfold (docs/performance.md).
     */
    @EventListener
    void on(AgentStateChanged changed) {
        String state = changed.to() == hotline.routing.AgentState.NOT_READY && changed.reasonCode() != null
                ? changed.reasonCode() : changed.to().name();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            feed.recordAgentState(changed.userId(), state, changed.at());
            return;
        }
        pendingInThisTransaction().add(new Object[]{changed.userId(), AgentState.of(state).name(),
                Timestamp.from(changed.at())});
    }

    private static final Object PENDING = RoutingIntake.class.getName() + ".pending";

    private List<Object[]> pendingInThisTransaction() {
        return TransactionScoped.get(PENDING, ArrayList::new, rows -> jdbc.batchUpdate("""
                insert into workforce.agent_state_event (user_id, state, at) values (?, ?, ?)
                on conflict (user_id, at, state) do nothing""", rows), rows -> { });
    }

    /** Copies the intervals that closed between {@code from} and now; answers how many rows were stored. */
    int copyClosedIntervals(Instant from) {
        long step = INTERVAL_MINUTES * 60L;
        Instant now = clock.instant();
        Instant start = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), step) * step);
        Instant closed = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), step) * step);
        if (!start.isBefore(closed)) {
            return 0;
        }
        var rows = new ArrayList<ContactInterval>();
        SystemActor.run(() -> {
            for (var queue : routing.queues()) {
                for (var stat : routing.intervalStats(queue.id(), start, closed, INTERVAL_MINUTES)) {
                    if (stat.intervalStart().plus(Duration.ofMinutes(INTERVAL_MINUTES)).isAfter(closed)) {
                        continue;
                    }
                    rows.add(interval(queue.code(), stat, abandonedWait(queue.id(), stat)));
                }
            }
        });
        return rows.isEmpty() ? 0 : feed.recordIntervals(rows, SOURCE);
    }

    private double abandonedWait(long queueId, IntervalStat stat) {
        if (stat.abandoned() == 0) {
            return 0;
        }
        var end = stat.intervalStart().plus(Duration.ofMinutes(INTERVAL_MINUTES));
        List<ContactRecord> abandoned = routing.contacts(new ContactQuery(queueId, null, null, Outcome.ABANDONED,
                stat.intervalStart(), end, 1000));
        return abandoned.stream().map(ContactRecord::waitSeconds).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }

    static ContactInterval interval(String queueCode, IntervalStat stat, double abandonedWaitSeconds) {
        double handle = stat.ahtSeconds() == null ? 0 : stat.ahtSeconds() * stat.answered();
        double answeredWait = stat.asaSeconds() == null ? 0 : stat.asaSeconds() * stat.answered();
        return new ContactInterval(queueCode, stat.intervalStart(), stat.intervalMinutes(), stat.offered(),
                stat.answered(), stat.abandoned(), handle, abandonedWaitSeconds, answeredWait);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> workforceRoutingIntervals(RoutingIntake intake, Clock clock,
                                                      @Value("${hotline.workforce.routing-copy-interval:PT5M}") Duration every) {
            return Tasks.recurring("workforce-routing-intervals", FixedDelay.of(every))
                    .execute((instance, context) -> intake.copyClosedIntervals(clock.instant().minus(Duration.ofHours(2))));
        }

        /** The states adherence is measured against are kept for 400 days; schedules and history are not touched. */
        @Bean
        RetentionRule agentStateEventRetention(
                @Value("${hotline.workforce.state-history-retention:P400D}") Duration keep) {
            return new RetentionRule("workforce.agent_state_event", "at", keep);
        }
    }
}
