package hotline.audit;

import java.time.Instant;

/**
 * Filters of the audit search; any may be null. {@code beforeId} pages backwards (newest first).
 */
public record AuditQuery(String actor, String entityType, String entityId, String action, String text, Instant from,
                         Instant to, Long beforeId, int limit) {

    /** The most rows one page may ask for; exports stream without it. */
    public static final int MAX_PAGE = 500;

    public AuditQuery {
        limit = limit <= 0 ? 50 : limit;
    }

    public AuditQuery page() {
        return limit > MAX_PAGE ? withLimit(MAX_PAGE) : this;
    }

    public AuditQuery withLimit(int newLimit) {
        return new AuditQuery(actor, entityType, entityId, action, text, from, to, beforeId, newLimit);
    }

    public static AuditQuery forEntity(String entityType, String entityId) {
        return new AuditQuery(null, entityType, entityId, null, null, null, null, null, 500);
    }
}
