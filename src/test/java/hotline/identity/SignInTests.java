package hotline.identity;

import hotline.HotlineWebTest;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in to the console: form login, CSRF, throttling, disabled accounts, forced password change. */
@HotlineWebTest
class SignInTests {

    static final String PASSWORD = "Correct-horse-42";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    UserView newUser(Role... roles) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        return SystemActor.call(() -> users.create(new NewUser(name, "Test " + name, PASSWORD, null, null, Set.of(roles))));
    }

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheStartPage() throws Exception {
        var user = newUser(Role.AGENT);
        var result = mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        var session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(user.displayName())));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        var user = newUser(Role.AGENT);
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", "wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void refusesALoginFormWithoutCsrfToken() throws Exception {
        var user = newUser(Role.AGENT);
        mvc.perform(post("/login").param("username", user.username()).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        var user = newUser(Role.AGENT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", "nope-nope-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/users").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(user.username(), PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        var user = newUser(Role.AGENT);
        SystemActor.run(() -> users.update(user.id(),
                new UserChange(user.displayName(), null, null, Set.of(Role.AGENT), false, user.version())));
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        var user = newUser(Role.AGENT);
        SystemActor.run(() -> users.resetPassword(user.id(), "Temporary-pass-1"));
        var login = mvc.perform(post("/login").with(csrf()).param("username", user.username())
                        .param("password", "Temporary-pass-1"))
                .andReturn();
        // Sessions live in PostgreSQL (Spring Session JDBC): the browser keeps only the SESSION cookie.
        var session = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(post("/profile/password").cookie(session).with(csrf())
                        .param("currentPassword", "Temporary-pass-1")
                        .param("newPassword", "Brand-new-pass-7").param("confirmation", "Brand-new-pass-7"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void consolePagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void anonymousConsoleRequestsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
