package hotline.platform;

import hotline.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Demo mode seeds the demo center, with the demo password, and listens on loopback only. */
@SpringBootTest(properties = {"hotline.demo=true", "server.address=0.0.0.0"})
@AutoConfigureMockMvc
class DemoModeTests {

    @Autowired
    Users users;
    @Autowired
    MockMvc mvc;
    @Value("${server.address}")
    String address;

    @Test
    void bindsToLoopbackWhateverTheConfigurationSays() {
        assertThat(address).isEqualTo("127.0.0.1");
    }

    @Test
    void seedsTheDemoPeopleWithTheDemoPassword() throws Exception {
        for (String name : new String[]{"admin", "manager", "supervisor", "lead1", "lead2", "qa1", "agent1", "agent20"}) {
            assertThat(users.findByUsername(name)).as(name).isPresent();
        }
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", "hotline"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic("agent1", "hotline"))).andExpect(status().isForbidden());
    }

    @Test
    void doesNotCreateTheOneTimeAdministratorPassword() {
        assertThat(users.findByUsername("admin").orElseThrow().mustChangePassword()).isFalse();
    }
}
