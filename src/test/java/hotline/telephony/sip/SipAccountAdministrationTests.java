package hotline.telephony.sip;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators give desk phones SIP accounts on the page and over REST: the secret is shown once and only its HA1
 * kept, every change is audited without it, and a revoked or reset secret no longer gets past the registrar.
 */
@HotlineWebTest
class SipAccountAdministrationTests {

    private static final String API = "/api/v1/telephony/sip-accounts";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired SipAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void thePageIssuesAnAccountNamedAfterThePersonAndShowsItsSecretOnlyOnce() throws Exception {
        var agent = agent("Desk Phone Owner");
        var page = mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("userId", String.valueOf(agent.id())).param("sipUser", "").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"issued-secret\"")))
                .andExpect(content().string(containsString("sip:127.0.0.1:5060")))
                .andExpect(content().string(containsString("Desk Phone Owner (" + agent.username() + ")")))
                // the test application runs the simulator: the page says SIP is not active, and still works
                .andExpect(content().string(containsString("id=\"sip-inactive\"")))
                .andReturn().getModelAndView();
        var secret = ((SipAccountAdministration.Issued) page.getModel().get("issued")).secret();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
        assertThat(accounts.ha1(agent.username(), "hotline"))
                .contains(SipCredentials.ha1Of(agent.username(), "hotline", secret));

        mvc.perform(get("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(agent.username())))
                .andExpect(content().string(containsString("SIP 账号")))
                .andExpect(content().string(not(containsString("issued-secret"))))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sip-account-" + agent.username())))
                .andExpect(content().string(not(containsString("<nav"))));

        var reset = mvc.perform(post("/admin/sip-accounts/" + agent.username() + "/reset")
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issued-secret\"")))
                .andReturn().getModelAndView();
        var second = ((SipAccountAdministration.Issued) reset.getModel().get("issued")).secret();
        assertThat(accounts.ha1(agent.username(), "hotline"))
                .contains(SipCredentials.ha1Of(agent.username(), "hotline", second));

        mvc.perform(post("/admin/sip-accounts/" + agent.username() + "/revoke").with(TestUsers.as(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sip-accounts"))
                .andExpect(flash().attribute("saved", true));
        assertThat(accounts.ha1(agent.username(), "hotline")).isEmpty();
        mvc.perform(get("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).param("lang", "en"))
                .andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void thePageNamesTheFieldThatIsWrongAndIsForAdministratorsOnly() throws Exception {
        var agent = agent("Bad Name");
        mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "en")
                        .param("userId", String.valueOf(agent.id())).param("sipUser", "no spaces"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<strong>SIP user</strong>: <span>a SIP user name is")))
                .andExpect(content().string(containsString("value=\"no spaces\"")));   // the form keeps what was typed
        mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<strong>Person</strong>: <span>choose the Hotline user")));
        mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "zh_CN")
                        .param("userId", String.valueOf(agent.id())).param("sipUser", "no spaces"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("SIP 用户名为 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头")));
        assertThat(accounts.find("no spaces")).isEmpty();
        var taken = "dup-" + agent.username();
        for (var expected : new org.springframework.test.web.servlet.ResultMatcher[]{status().isOk(), status().isConflict()}) {
            mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "en")
                    .param("userId", String.valueOf(agent.id())).param("sipUser", taken)).andExpect(expected);
        }
        mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("lang", "zh_CN")
                        .param("userId", String.valueOf(agent.id())).param("sipUser", taken))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("SIP 用户 " + taken + " 已存在")));

        mvc.perform(get("/admin/sip-accounts").with(TestUsers.as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sip-accounts").with(TestUsers.as(Role.ADMIN))
                .param("userId", String.valueOf(agent.id()))).andExpect(status().isForbidden());   // no CSRF token
        assertThat(accounts.find(agent.username())).isEmpty();
    }

    @Test
    void theApiIssuesResetsAndRevokesAndTheRegistrarFollows() throws Exception {
        var agent = agent("Api Phone");
        var registrar = new Registrar(accounts, "hotline");
        var sipUser = "desk-" + agent.username();

        var body = mvc.perform(post(API).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":" + agent.id() + ",\"sipUser\":\"" + sipUser + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.sipUser").value(sipUser))
                .andExpect(jsonPath("$.realm").value("hotline"))
                .andExpect(jsonPath("$.registrar").value("sip:127.0.0.1:5060"))
                .andReturn().getResponse().getContentAsString();
        var first = json.readTree(body).get("secret").asString();
        assertThat(registers(registrar, sipUser, first)).isTrue();

        mvc.perform(get(API).with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sipUser=='" + sipUser + "')].displayName").value(hasItem("Api Phone")))
                .andExpect(jsonPath("$[?(@.sipUser=='" + sipUser + "')].status").value(hasItem("ACTIVE")))
                .andExpect(content().string(not(containsString(first))))
                .andExpect(content().string(not(containsString("ha1"))));

        mvc.perform(post(API).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":" + agent.id() + ",\"sipUser\":\"" + sipUser + "\"}"))
                .andExpect(status().isConflict());

        body = mvc.perform(post(API + "/" + sipUser + "/reset").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        var second = json.readTree(body).get("secret").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(registers(registrar, sipUser, first)).as("the old secret").isFalse();
        assertThat(registers(registrar, sipUser, second)).isTrue();

        mvc.perform(delete(API + "/" + sipUser).with(TestUsers.as(Role.ADMIN))).andExpect(status().isNoContent());
        assertThat(registers(registrar, sipUser, second)).as("after the revoke").isFalse();
        mvc.perform(post(API + "/" + sipUser + "/revoke").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("REVOKED")));
        mvc.perform(post(API + "/no-such-phone/reset").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isNotFound());

        var audit = jdbc.sql("select action, summary, before::text, after::text from audit.audit_entry "
                        + "where entity_type = 'sip-account' and entity_id = ? order by id")
                .param(sipUser).query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2),
                        String.valueOf(rs.getString(3)), String.valueOf(rs.getString(4)))).list();
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0)).startsWith("issue|");
        assertThat(audit.get(1)).startsWith("reset-secret|");
        assertThat(audit.get(2)).startsWith("revoke|");
        assertThat(String.join("\n", audit)).doesNotContain(first).doesNotContain(second)
                .doesNotContain(SipCredentials.ha1Of(sipUser, "hotline", second));
    }

    @Test
    void theApiAnswersFieldErrorsAndIsForAdministratorsOnly() throws Exception {
        mvc.perform(post(API).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":999999999,\"sipUser\":\"-bad\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("userId",
                        "sipUser")));
        mvc.perform(post(API).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(get(API).with(TestUsers.as(Role.AGENT))).andExpect(status().isForbidden());
        mvc.perform(post(API).with(TestUsers.as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":1}")).andExpect(status().isForbidden());
    }

    @Test
    void onlyARevokedAccountCannotBeRevokedAndANewSecretMakesAnyAccountActive() {
        assertThat(SipAccountStatus.ACTIVE.revoke("x")).isEqualTo(SipAccountStatus.REVOKED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SipAccountStatus.REVOKED.revoke("x"))
                .isInstanceOf(hotline.platform.ConflictException.class)
                .hasMessage("cannot revoke: SIP account x is REVOKED");
        assertThat(SipAccountStatus.ACTIVE.reset()).isEqualTo(SipAccountStatus.ACTIVE);
        assertThat(SipAccountStatus.REVOKED.reset()).isEqualTo(SipAccountStatus.ACTIVE);
    }

    @Test
    void thePageSeesOnlyRegistrationsThatHaveNotRunOut() {
        var registrar = new Registrar(accounts, "hotline");
        var now = Instant.parse("2026-03-02T08:00:00Z");
        registrar.bind("desk-live", "sip:desk-live@10.0.0.5:5062", java.util.List.of(), java.time.Duration.ofMinutes(10),
                now);
        registrar.bind("desk-gone", "sip:desk-gone@10.0.0.6:5062", java.util.List.of(), java.time.Duration.ofMinutes(1),
                now.minusSeconds(120));
        assertThat(registrar.live(now)).containsOnlyKeys("desk-live");
        assertThat(registrar.live(now).get("desk-live").expires()).isEqualTo(now.plusSeconds(600));
    }

    /** A REGISTER's digest, answered with {@code secret}, as a phone computes it (RFC 2617, qop=auth). */
    private static boolean registers(Registrar registrar, String user, String secret) {
        var now = Instant.now();
        var nonce = registrar.newNonce(now);
        var uri = "sip:127.0.0.1:5060";
        var response = Digest.response(SipCredentials.ha1Of(user, "hotline", secret), "REGISTER", uri, nonce, "auth",
                "00000001", "c0ffee");
        return registrar.authentic(user, "hotline", nonce, uri, response, "auth", "00000001", "c0ffee", "REGISTER",
                now);
    }

    private UserView agent(String displayName) {
        return SystemActor.call(() -> users.create(new NewUser("sip" + UUID.randomUUID().toString().substring(0, 6),
                displayName, "Secret-pass-9", null, null, Set.of(Role.AGENT))));
    }
}
