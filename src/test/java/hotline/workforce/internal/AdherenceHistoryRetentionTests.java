package hotline.workforce.internal;

import hotline.HotlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Adherence history older than the retention goes, in more than one batch; what is younger stays. */
@HotlineWebTest
class AdherenceHistoryRetentionTests {

    @Autowired
    AdherenceHistoryRetention retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesStatesOlderThanTheRetentionAndKeepsTheRest() {
        long agent = -ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        Instant old = now.minus(Duration.ofDays(401));
        jdbc.sql("""
                        insert into workforce.agent_state_event (user_id, state, at)
                        select ?, 'READY', cast(? as timestamptz) - make_interval(secs => n) from generate_series(1, 6001) n""")
                .params(agent, Timestamp.from(old)).update();
        for (Instant kept : new Instant[]{now.minus(Duration.ofDays(399)), now.minus(Duration.ofMinutes(5))}) {
            jdbc.sql("insert into workforce.agent_state_event (user_id, state, at) values (?, 'BUSY', ?)")
                    .params(agent, Timestamp.from(kept)).update();
        }

        assertThat(retention.sweep(now)).isGreaterThanOrEqualTo(6001);

        assertThat(jdbc.sql("select state from workforce.agent_state_event where user_id = ?").param(agent)
                .query(String.class).list()).containsExactly("BUSY", "BUSY");
    }
}
