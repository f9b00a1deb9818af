package hotline.identity;

import hotline.HotlineWebTest;
import hotline.platform.DataDirectory;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outside demo mode a first start creates only {@code admin}, with a random one-time password. */
@HotlineWebTest
class InitialAdminTests {

    @Autowired
    Users users;
    @Autowired
    DataDirectory dataDirectory;
    @Autowired
    MockMvc mvc;

    @Test
    void createsOnlyAnAdministratorWithAOneTimePassword() throws Exception {
        var admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(users.findByUsername("agent1")).isEmpty();

        String password = Files.readString(dataDirectory.path().resolve("initial-admin-password")).strip();
        assertThat(password).hasSize(16).isNotEqualTo("hotline");
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", password))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", "hotline"))).andExpect(status().isUnauthorized());
    }
}
