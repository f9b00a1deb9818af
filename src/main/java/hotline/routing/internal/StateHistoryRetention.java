package hotline.routing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.platform.db.RowRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Agents' state history is kept for {@code hotline.routing.state-history-retention} (400 days by default: a year of
 * reports and the same month of the year before); older rows are deleted every six hours. The interval statistics
 * computed from them stay.
 */
@Component
class StateHistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(StateHistoryRetention.class);

    private final JdbcClient jdbc;
    private final Duration keep;

    StateHistoryRetention(JdbcClient jdbc, @Value("${hotline.routing.state-history-retention:P400D}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    long sweep(Instant now) {
        long deleted = RowRetention.deleteBefore(jdbc, "routing.agent_state_history", "started_at", now.minus(keep));
        if (deleted > 0) {
            log.info("Deleted {} agent state changes older than {}", deleted, keep);
        }
        return deleted;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> routingStateHistoryRetention(StateHistoryRetention retention, Clock clock) {
            return Tasks.recurring("routing-state-history-retention", FixedDelay.of(Duration.ofHours(6)))
                    .execute((instance, context) -> retention.sweep(clock.instant()));
        }
    }
}
