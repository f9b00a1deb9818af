package hotline.workorder;

import java.time.Instant;

/** The current step passed its time limit (超期). */
public record WorkOrderOverdue(long workOrderId, String number, Status status, Instant dueAt, Long departmentId,
                               long acceptedBy) {
}
