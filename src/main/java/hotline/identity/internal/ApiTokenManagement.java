package hotline.identity.internal;

import hotline.audit.AuditLog;
import hotline.identity.ApiTokens;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
class ApiTokenManagement implements ApiTokens {

    static final String PREFIX = "htl_";
    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenManagement(JdbcClient jdbc, UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedToken issue(long userId, String name, Instant expiresAt) {
        var account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "NotBlank", "must be 1 to 100 characters");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "Future", "must be in the future");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String by = CurrentUser.actor().username();
        long id = jdbc.sql("""
                        insert into identity.api_token (user_id, name, token_hash, token_prefix, created_at, created_by, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, name.strip(), hash(plain), plain.substring(0, PREFIX.length() + 6), Timestamp.from(now),
                        by, expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
        var token = find(id).orElseThrow();
        audit.record("api-token", id, "issue", "issued API token '" + name + "' for " + account.username(), null, token);
        return new IssuedToken(token, plain);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        var before = find(tokenId).orElseThrow(() -> new NotFoundException("api-token", tokenId));
        jdbc.sql("update identity.api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), CurrentUser.actor().username(), tokenId)
                .update();
        audit.record("api-token", tokenId, "revoke", "revoked API token '" + before.name() + "'", before,
                find(tokenId).orElseThrow());
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenView> list() {
        return jdbc.sql(SELECT + " order by t.id desc").query(ApiTokenManagement::view).list();
    }

    /** The enabled account behind a presented token, and marks the token used. */
    Optional<UserAccount> authenticate(String plainToken) {
        if (plainToken == null || !plainToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        update identity.api_token set last_used_at = ?
                        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)
                        returning user_id""")
                .params(Timestamp.from(now), hash(plainToken), Timestamp.from(now))
                .query(Long.class).optional()
                .flatMap(accounts::findById)
                .filter(UserAccount::enabled);
    }

    private Optional<ApiTokenView> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiTokenManagement::view).optional();
    }

    private static final String SELECT = """
            select t.*, u.username from identity.api_token t join identity.app_user u on u.id = t.user_id""";

    private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("name"),
                rs.getString("token_prefix"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
