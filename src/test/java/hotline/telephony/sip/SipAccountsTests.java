package hotline.telephony.sip;

import hotline.HotlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SIP secrets live in telephony.sip_account as HA1 only, apart from login passwords. */
@HotlineWebTest
class SipAccountsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void issuesASecretOnceStoresOnlyItsHa1AndRevokes() {
        var accounts = new SipAccounts(jdbc, clock, "hotline");
        String secret = accounts.issue("agent-acc-1", 42L);
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
        assertThat(accounts.ha1("agent-acc-1", "hotline")).contains(SipCredentials.ha1Of("agent-acc-1", "hotline",
                secret));
        assertThat(jdbc.sql("select count(*) from telephony.sip_account where ha1 = :s or ha1 like '%' || :s || '%'")
                .param("s", secret).query(Long.class).single()).as("the secret itself is not stored").isZero();
        assertThat(accounts.ha1("agent-acc-1", "other-realm")).isEmpty();

        String again = accounts.issue("agent-acc-1", 42L);
        assertThat(again).isNotEqualTo(secret);
        assertThat(accounts.ha1("agent-acc-1", "hotline")).contains(SipCredentials.ha1Of("agent-acc-1", "hotline",
                again));

        accounts.revoke("agent-acc-1");
        assertThat(accounts.ha1("agent-acc-1", "hotline")).isEmpty();
        assertThatThrownBy(() -> accounts.issue("no spaces allowed", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSoftphoneGetsAnAccountOnceNeverTakesSomeoneElsesAndStaysRevoked() {
        var accounts = new SipAccounts(jdbc, clock, "hotline");
        var first = accounts.provisionSoftphone(501L, "soft-prov-1").orElseThrow();
        assertThat(first.sipUser()).isEqualTo("soft-prov-1");
        assertThat(accounts.provisionSoftphone(501L, "soft-prov-1")).contains(first);
        assertThat(accounts.ha1("soft-prov-1", "hotline")).contains(first.ha1());

        accounts.issue("soft-prov-2", 777L);                       // another person's phone with that name
        assertThat(accounts.provisionSoftphone(502L, "soft-prov-2")).isEmpty();
        assertThat(accounts.softphone(777L, "whoever").orElseThrow().sipUser()).isEqualTo("soft-prov-2");

        accounts.revoke("soft-prov-1");
        assertThat(accounts.provisionSoftphone(501L, "soft-prov-1")).isEmpty();

        accounts.issue("desk-phone-503", 503L);                    // an agent's own desk phone serves the softphone
        assertThat(accounts.provisionSoftphone(503L, "soft-prov-3").orElseThrow().sipUser())
                .isEqualTo("desk-phone-503");
    }
}
