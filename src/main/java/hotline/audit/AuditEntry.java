package hotline.audit;

import java.time.Instant;

/** One recorded change. {@code before} and {@code after} are JSON documents (null when there was no state). */
public record AuditEntry(long id, Instant at, long actorId, String actorName, String entityType, String entityId,
                         String action, String summary, String before, String after) {
}
