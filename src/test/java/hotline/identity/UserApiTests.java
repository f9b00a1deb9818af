package hotline.identity;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The user API's contract, error bodies included. */
@HotlineWebTest
class UserApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    AuditLog audit;

    static String unique() {
        return "api" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAUserAndAnswers201WithLocation() throws Exception {
        String name = unique();
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"新坐席","password":"Secret-pass-9","roles":["AGENT"]}
                                """.formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/"
                        + users.findByUsername(name).orElseThrow().id())))
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.roles[0]").value("AGENT"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        assertThat(audit.search(AuditQuery.forEntity("user", String.valueOf(users.findByUsername(name).orElseThrow().id()))))
                .extracting(e -> e.action()).contains("create");
    }

    @Test
    void listsEachInvalidFieldWithItsRule() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"-bad\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("username", "displayName", "password", "roles")))
                .andExpect(jsonPath("$.errors[?(@.field=='password')].rule").value(hasItem("Size")))
                .andExpect(jsonPath("$.errors[?(@.field=='roles')].rule").value(hasItem("NotEmpty")));
    }

    @Test
    void rejectsWeakPasswordsWithTheFieldAndRule() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"x\",\"password\":\"onlyletters\",\"roles\":[\"AGENT\"]}"
                                .formatted(unique())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].rule").value("Strength"));
    }

    @Test
    void namesTheFieldOfUnreadableJson() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"roles\":[\"NOT_A_ROLE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void answers409ForADuplicateUsername() throws Exception {
        String name = unique();
        SystemActor.run(() -> users.create(new NewUser(name, "x", "Secret-pass-9", null, null, Set.of(Role.AGENT))));
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"y\",\"password\":\"Secret-pass-9\",\"roles\":[\"AGENT\"]}"
                                .formatted(name.toUpperCase())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("duplicate"))
                .andExpect(jsonPath("$.field").value("username"));
    }

    @Test
    void neverOverwritesAConcurrentEditSilently() throws Exception {
        var user = SystemActor.call(() -> users.create(new NewUser(unique(), "Before", "Secret-pass-9", null, null,
                Set.of(Role.AGENT))));
        String edit = "{\"displayName\":\"%s\",\"roles\":[\"AGENT\"],\"enabled\":true,\"version\":%d}";
        mvc.perform(put("/api/v1/users/" + user.id()).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted("First", user.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(user.version() + 1));
        mvc.perform(put("/api/v1/users/" + user.id()).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted("Second", user.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(user.version() + 1));
        assertThat(users.get(user.id()).displayName()).isEqualTo("First");
    }

    @Test
    void answers404NamingWhatWasNotFound() throws Exception {
        mvc.perform(get("/api/v1/users/987654321").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resource").value("user"))
                .andExpect(jsonPath("$.id").value(987654321));
    }

    @Test
    void saysWhich401Or403ItIs() throws Exception {
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        mvc.perform(get("/api/v1/users").with(TestUsers.as(Role.AGENT))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
    }

    @Test
    void filtersTheListByRole() throws Exception {
        var qa = SystemActor.call(() -> users.create(new NewUser(unique(), "QA", "Secret-pass-9", null, null, Set.of(Role.QA))));
        mvc.perform(get("/api/v1/users").param("role", "QA").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username").value(hasItem(qa.username())))
                .andExpect(jsonPath("$[*].roles[*]").value(not(hasItem("AGENT"))));
    }
}
