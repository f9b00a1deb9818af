package hotline.workorder;

import java.time.Instant;

/** A department's extension request (延期申请) and its decision. */
public record Extension(long id, long workOrderId, long requestedBy, String requestedName, Instant requestedAt,
                        String reason, Instant newDueAt, Status status, Long decidedBy, String decidedName,
                        Instant decidedAt, String decisionNote) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
