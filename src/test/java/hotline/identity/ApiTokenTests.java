package hotline.identity;

import hotline.HotlineWebTest;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bearer tokens act as their user until revoked, and are stored only as hashes. */
@HotlineWebTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aTokenActsAsItsUserUntilRevoked() throws Exception {
        var admin = SystemActor.call(() -> users.create(new NewUser("tok" + UUID.randomUUID().toString().substring(0, 6),
                "Integration", "Secret-pass-9", null, null, Set.of(Role.ADMIN))));
        var issued = SystemActor.call(() -> tokens.issue(admin.id(), "reporting system", null));

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.plainToken()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = ?")
                .param(issued.plainToken()).query(Long.class).single()).isZero();

        SystemActor.run(() -> tokens.revoke(issued.token().id()));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.plainToken()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenHasItsUsersRolesOnly() throws Exception {
        var agent = SystemActor.call(() -> users.create(new NewUser("tok" + UUID.randomUUID().toString().substring(0, 6),
                "Agent system", "Secret-pass-9", null, null, Set.of(Role.AGENT))));
        var issued = SystemActor.call(() -> tokens.issue(agent.id(), "wallboard", Instant.now().plus(1, ChronoUnit.DAYS)));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.plainToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer htl_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUsersTokenStopsWorking() throws Exception {
        var user = SystemActor.call(() -> users.create(new NewUser("tok" + UUID.randomUUID().toString().substring(0, 6),
                "Soon gone", "Secret-pass-9", null, null, Set.of(Role.ADMIN))));
        var issued = SystemActor.call(() -> tokens.issue(user.id(), "old system", null));
        SystemActor.run(() -> users.update(user.id(), new UserChange("Soon gone", null, null, Set.of(Role.ADMIN), false,
                user.version())));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.plainToken()))
                .andExpect(status().isUnauthorized());
    }
}
