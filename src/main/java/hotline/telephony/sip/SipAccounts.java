package hotline.telephony.sip;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Agents' SIP accounts ({@code telephony.sip_account}): a SIP user name per phone, optionally tied to a Hotline user
 * id, with a generated secret of its own — never the person's login password. Only HA1 is stored; {@link #issue}
 * returns the secret once, to be typed into the phone.
 */
public class SipAccounts implements SipCredentials {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String realm;
    private final SecureRandom random = new SecureRandom();

    public SipAccounts(JdbcClient jdbc, Clock clock, String realm) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.realm = realm;
    }

    /** An account as administrators see it: never its HA1. */
    public record Account(String sipUser, Long userId, String realm, Instant issuedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Whether {@code sipUser} is a SIP user name accounts may have. */
    public static boolean validUser(String sipUser) {
        return sipUser != null && USER.matcher(sipUser).matches();
    }

    public List<Account> list() {
        return jdbc.sql("select * from telephony.sip_account order by sip_user").query(SipAccounts::account).list();
    }

    public Optional<Account> find(String sipUser) {
        return jdbc.sql("select * from telephony.sip_account where sip_user = :user").param("user", sipUser)
                .query(SipAccounts::account).optional();
    }

    /**
     * A new account for {@code sipUser} with a fresh secret, which it returns (and never again); empty when that SIP
     * user exists already, live or revoked — nobody's phone is taken over.
     */
    @Transactional
    public Optional<String> create(String sipUser, Long userId) {
        if (!validUser(sipUser)) {
            throw new IllegalArgumentException("a SIP user name is 1-64 letters, digits, '.', '_' or '-'");
        }
        var secret = newSecret();
        int created = jdbc.sql("""
                        insert into telephony.sip_account (sip_user, user_id, realm, ha1, issued_at)
                        values (:user, :userId, :realm, :ha1, :now)
                        on conflict (sip_user) do nothing
                        """)
                .param("user", sipUser).param("userId", userId).param("realm", realm)
                .param("ha1", SipCredentials.ha1Of(sipUser, realm, secret))
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        return created == 1 ? Optional.of(secret) : Optional.empty();
    }

    /**
     * A fresh secret for an existing account, which it returns (and never again); the old one stops working and a
     * revoked account is live again. Empty when there is no such account.
     */
    @Transactional
    public Optional<String> reset(String sipUser) {
        var secret = newSecret();
        int changed = jdbc.sql("""
                        update telephony.sip_account set realm = :realm, ha1 = :ha1, revoked_at = null
                        where sip_user = :user
                        """)
                .param("user", sipUser).param("realm", realm)
                .param("ha1", SipCredentials.ha1Of(sipUser, realm, secret)).update();
        return changed == 1 ? Optional.of(secret) : Optional.empty();
    }

    /** The digest realm new secrets are issued for ({@code hotline.telephony.sip.domain}). */
    public String realm() {
        return realm;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        var revoked = rs.getTimestamp("revoked_at");
        return new Account(rs.getString("sip_user"), rs.getObject("user_id", Long.class), rs.getString("realm"),
                rs.getTimestamp("issued_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    /** Creates or replaces the account of {@code sipUser} with a fresh secret, which it returns (and never again). */
    @Transactional
    public String issue(String sipUser, Long userId) {
        if (sipUser == null || !USER.matcher(sipUser).matches()) {
            throw new IllegalArgumentException("a SIP user name is 1-64 letters, digits, '.', '_' or '-'");
        }
        var secret = newSecret();
        jdbc.sql("""
                        insert into telephony.sip_account (sip_user, user_id, realm, ha1, issued_at)
                        values (:user, :userId, :realm, :ha1, :now)
                        on conflict (sip_user) do update set user_id = excluded.user_id, realm = excluded.realm,
                            ha1 = excluded.ha1, issued_at = excluded.issued_at, revoked_at = null
                        """)
                .param("user", sipUser).param("userId", userId).param("realm", realm)
                .param("ha1", SipCredentials.ha1Of(sipUser, realm, secret))
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        return secret;
    }

    /**
     * The browser softphone's account of Hotline user {@code userId}: their live account (see {@link #softphone}), or
     * else a new one named {@code username} with a random secret nobody ever sees (the browser registers with HA1).
     * Nothing is created when that SIP user exists already, even revoked or someone else's: a revoked softphone stays
     * revoked, and no account is taken over.
     */
    @Transactional
    public Optional<Softphone> provisionSoftphone(long userId, String username) {
        var existing = softphone(userId, username);
        if (existing.isPresent() || !validUser(username)) {
            return existing;
        }
        create(username, userId);                 // its secret is dropped: the browser registers with HA1
        return softphone(userId, username);
    }

    private String newSecret() {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The phone can no longer register (existing registrations run out). */
    @Transactional
    public void revoke(String sipUser) {
        jdbc.sql("update telephony.sip_account set revoked_at = :now where sip_user = :user and revoked_at is null")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("user", sipUser).update();
    }

    /** What a browser softphone needs to register for a Hotline user: the SIP user, realm and HA1 of their account. */
    public record Softphone(String sipUser, String realm, String ha1) {
        @Override
        public String toString() {
            return "Softphone[" + sipUser + "@" + realm + "]";
        }
    }

    /**
     * The live account of Hotline user {@code userId} for their browser softphone: the one named {@code username}
     * (routing rings {@code agent:<username>}) if there is one, else the newest.
     */
    public Optional<Softphone> softphone(long userId, String username) {
        return jdbc.sql("""
                        select sip_user, realm, ha1 from telephony.sip_account
                        where user_id = :userId and realm = :realm and revoked_at is null
                        order by (sip_user = :username) desc, issued_at desc
                        limit 1
                        """)
                .param("userId", userId).param("realm", realm).param("username", username)
                .query((rs, n) -> new Softphone(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Override
    public Optional<String> ha1(String user, String realm) {
        return jdbc.sql("""
                        select ha1 from telephony.sip_account
                        where sip_user = :user and realm = :realm and revoked_at is null
                        """)
                .param("user", user).param("realm", realm).query(String.class).optional();
    }
}
