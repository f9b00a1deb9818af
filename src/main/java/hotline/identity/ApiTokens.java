package hotline.identity;

import java.time.Instant;
import java.util.List;

/** Bearer tokens that administrators issue to systems (a department's system, a wallboard, Prometheus). */
public interface ApiTokens {

    /** The plain token is in the answer once and never again; only its hash is kept. */
    IssuedToken issue(long userId, String name, Instant expiresAt);

    void revoke(long tokenId);

    List<ApiTokenView> list();

    record IssuedToken(ApiTokenView token, String plainToken) {
    }

    record ApiTokenView(long id, long userId, String username, String name, String prefix, Instant createdAt,
                        String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }
}
