package hotline.routing.internal;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.organization.Channel;
import hotline.organization.NewSkill;
import hotline.organization.Skills;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A state change the API acknowledges is on disk when the answer arrives (ADR 0032). The test holds a lock on the
 * agent state table so the journal cannot commit, and checks that the API does not answer meanwhile, and that what it
 * answers is already in the database. Without the wait for the journal the request answers at once and the read right
 * after it finds the old state.
 */
@HotlineWebTest
class AcknowledgedChangesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Skills skills;
    @Autowired DataSource dataSource;

    @Test
    void aStateChangeIsCommittedBeforeTheApiAnswers() throws Exception {
        var agent = SystemActor.call(() -> users.create(new NewUser("ack-agent-" + ProcessHandle.current().pid(),
                "落盘测试", "secret12345", null, null, Set.of(Role.AGENT))));
        SystemActor.run(() -> {      // a skill no queue asks for: no contact comes in the way of the state change
            if (skills.list().stream().noneMatch(s -> s.code().equals("ack-only"))) {
                skills.create(new NewSkill("ack-only", "落盘测试", Channel.VOICE, "test"));
            }
            skills.setSkills(agent.id(), Map.of("ack-only", 3));
        });
        var jdbc = JdbcClient.create(dataSource);

        CompletableFuture<Optional<String>> answer;
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var statement = blocker.createStatement()) {
                statement.execute("lock table routing.agent_state in exclusive mode");
            }
            answer = CompletableFuture.supplyAsync(() -> {
                try {
                    mvc.perform(post("/api/v1/agents/{id}/state", agent.id())
                                    .with(TestUsers.as(agent.id(), agent.username(), Role.AGENT))
                                    .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"READY\"}"))
                            .andExpect(status().isOk());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return jdbc.sql("select state from routing.agent_state_history where user_id = ? and state = 'READY'")
                        .param(agent.id()).query(String.class).optional();
            });
            awaitJournalBlockedOrAnswered(jdbc, answer);
            // the journal waits for the lock: an answer now would acknowledge a change that is not on disk
            assertThatThrownBy(() -> answer.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            blocker.commit();
        }
        assertThat(answer.get(60, TimeUnit.SECONDS)).as("the READY the API answered is in the history").contains("READY");
    }

    private static void awaitJournalBlockedOrAnswered(JdbcClient jdbc, CompletableFuture<?> answer)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!answer.isDone() && jdbc.sql("""
                        select count(*) from pg_locks
                        where relation = 'routing.agent_state'::regclass and not granted""")
                .query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the journal never tried to write the state change within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
