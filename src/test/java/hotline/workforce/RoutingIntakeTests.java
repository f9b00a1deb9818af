package hotline.workforce;

import hotline.HotlineWebTest;
import hotline.routing.AgentState;
import hotline.routing.AgentStateChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routing's agent state changes reach the adherence history (not ready with a reason as that reason), once each even
 * when delivered twice.
 */
@HotlineWebTest
class RoutingIntakeTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStateChangeIsRecordedOnceForAdherence() {
        long userId = 900_000L + ThreadLocalRandom.current().nextInt(100_000);
        var at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var change = new AgentStateChanged(userId, "intake", AgentState.READY, AgentState.NOT_READY, "BREAK", at);
        transactions.executeWithoutResult(tx -> events.publishEvent(change));
        transactions.executeWithoutResult(tx -> events.publishEvent(change));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select state from workforce.agent_state_event where user_id = ?")
                .param(userId).query(String.class).list()).containsExactly("BREAK"));
    }
}
