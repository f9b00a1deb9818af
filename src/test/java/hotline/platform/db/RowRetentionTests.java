package hotline.platform.db;

import hotline.HotlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history tables the modules declare are swept: rows older than their retention go, in more than one batch;
 * younger rows stay.
 */
@HotlineWebTest
class RowRetentionTests {

    @Autowired
    RowRetention retention;
    @Autowired
    JdbcClient jdbc;

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void agentStateHistoriesOlderThan400DaysGoAndTheRestStays() {
        long agent = -ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        for (String table : new String[]{"routing.agent_state_history (user_id, state, started_at)",
                "workforce.agent_state_event (user_id, state, at)"}) {
            jdbc.sql("insert into " + table + " select ?, 'READY', cast(? as timestamptz) - make_interval(secs => n)"
                            + " from generate_series(1, ?) n")
                    .params(agent, Timestamp.from(NOW.minus(Duration.ofDays(401))), RowRetention.BATCH + 1).update();
            for (Instant kept : new Instant[]{NOW.minus(Duration.ofDays(399)), NOW.minus(Duration.ofMinutes(5))}) {
                jdbc.sql("insert into " + table + " values (?, 'BUSY', ?)").params(agent, Timestamp.from(kept)).update();
            }
        }

        assertThat(retention.sweep(NOW)).isGreaterThanOrEqualTo(2L * (RowRetention.BATCH + 1));

        assertThat(jdbc.sql("select state from routing.agent_state_history where user_id = ?").param(agent)
                .query(String.class).list()).containsExactly("BUSY", "BUSY");
        assertThat(jdbc.sql("select state from workforce.agent_state_event where user_id = ?").param(agent)
                .query(String.class).list()).containsExactly("BUSY", "BUSY");
    }

    @Test
    void aRuleNamesATableAndKeepsRowsForSomeTime() {
        assertThatThrownBy(() -> new RetentionRule("agent_state; drop table x", "at", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionRule("routing.agent_state_history", "started_at", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
