package hotline.telephony.sip;

import java.util.Optional;

/**
 * Agents' SIP credentials for digest authentication: a per-agent SIP secret, never the person's Hotline login
 * password. Looked up as HA1 = MD5(user:realm:secret), so the registrar never needs the secret itself.
 */
public interface SipCredentials {

    Optional<String> ha1(String user, String realm);

    static String ha1Of(String user, String realm, String secret) {
        return Digest.md5(user + ":" + realm + ":" + secret);
    }
}
