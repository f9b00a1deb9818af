package hotline.platform.db;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes the rows of every {@link RetentionRule}'s table that are older than its retention, every six hours, a batch
 * per statement. Run outside a transaction each batch commits on its own, so a first sweep over years of history
 * neither holds locks for long nor grows into one huge transaction.
 */
@Component
public class RowRetention {

    static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(RowRetention.class);

    private final JdbcClient jdbc;
    private final List<RetentionRule> rules;

    RowRetention(JdbcClient jdbc, List<RetentionRule> rules) {
        this.jdbc = jdbc;
        this.rules = List.copyOf(rules);
    }

    /** Applies every rule as of {@code now} and answers how many rows went. */
    public long sweep(Instant now) {
        long total = 0;
        for (var rule : rules) {
            long deleted = deleteBefore(rule, now.minus(rule.keep()));
            if (deleted > 0) {
                log.info("Deleted {} rows of {} older than {}", deleted, rule.table(), rule.keep());
            }
            total += deleted;
        }
        return total;
    }

    private long deleteBefore(RetentionRule rule, Instant cutoff) {
        String sql = "delete from " + rule.table() + " where id in (select id from " + rule.table() + " where "
                + rule.timeColumn() + " < ? limit " + BATCH + ")";
        return Batches.untilShort(BATCH, () -> jdbc.sql(sql).param(Timestamp.from(cutoff)).update());
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> rowRetentionTask(RowRetention retention, Clock clock) {
            return Tasks.recurring("row-retention", FixedDelay.of(Duration.ofHours(6)))
                    .execute((instance, context) -> retention.sweep(clock.instant()));
        }
    }
}
