package hotline.workforce.internal;

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
 * The agent states adherence is measured against are kept for {@code hotline.workforce.state-history-retention}
 * (400 days by default: a year of adherence reports and the same month of the year before); older rows are deleted
 * every six hours. Schedules, forecasts and interval history are not touched.
 */
@Component
class AdherenceHistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(AdherenceHistoryRetention.class);

    private final JdbcClient jdbc;
    private final Duration keep;

    AdherenceHistoryRetention(JdbcClient jdbc, @Value("${hotline.workforce.state-history-retention:P400D}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    long sweep(Instant now) {
        long deleted = RowRetention.deleteBefore(jdbc, "workforce.agent_state_event", "at", now.minus(keep));
        if (deleted > 0) {
            log.info("Deleted {} agent states older than {} from the adherence history", deleted, keep);
        }
        return deleted;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> workforceAdherenceHistoryRetention(AdherenceHistoryRetention retention, Clock clock) {
            return Tasks.recurring("workforce-state-history-retention", FixedDelay.of(Duration.ofHours(6)))
                    .execute((instance, context) -> retention.sweep(clock.instant()));
        }
    }
}
