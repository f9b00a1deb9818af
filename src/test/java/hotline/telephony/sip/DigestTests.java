package hotline.telephony.sip;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Digest authentication as RFC 2617 computes it, and the registrar's use of its own nonces. */
class DigestTests {

    @Test
    void computesTheResponseOfRfc2617sExample() {
        String ha1 = SipCredentials.ha1Of("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertThat(ha1).isEqualTo("939e7578ed9e3c518a452acee763bce9");
        assertThat(Digest.response(ha1, "GET", "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth",
                "00000001", "0a4f113b")).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void acceptsOnlyItsOwnLiveNoncesAndTheRightSecret() {
        var now = Instant.parse("2026-03-03T01:00:00Z");
        SipCredentials credentials = (user, realm) -> user.equals("agent1001")
                ? Optional.of(SipCredentials.ha1Of("agent1001", realm, "right")) : Optional.empty();
        var registrar = new Registrar(credentials, "hotline");
        var nonce = registrar.newNonce(now);
        String uri = "sip:127.0.0.1:5060";
        String good = Digest.response(SipCredentials.ha1Of("agent1001", "hotline", "right"), "REGISTER", uri, nonce,
                null, null, null);
        String wrong = Digest.response(SipCredentials.ha1Of("agent1001", "hotline", "wrong"), "REGISTER", uri, nonce,
                null, null, null);
        assertThat(registrar.authentic("agent1001", "hotline", nonce, uri, good, null, null, null, "REGISTER", now))
                .isTrue();
        assertThat(registrar.authentic("agent1001", "hotline", nonce, uri, wrong, null, null, null, "REGISTER", now))
                .isFalse();
        assertThat(registrar.authentic("agent1001", "hotline", "made-up", uri, good, null, null, null, "REGISTER", now))
                .isFalse();
        assertThat(registrar.authentic("agent1001", "hotline", nonce, uri, good, null, null, null, "REGISTER",
                now.plus(Duration.ofMinutes(6)))).as("expired nonce").isFalse();
        assertThat(registrar.authentic("nobody", "hotline", nonce, uri, good, null, null, null, "REGISTER", now))
                .isFalse();
    }
}
