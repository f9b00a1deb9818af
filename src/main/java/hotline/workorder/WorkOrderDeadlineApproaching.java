package hotline.workorder;

import java.time.Instant;

/** A warning level (e.g. 50 %, 75 %, 90 % of the time limit) was reached for the current step. */
public record WorkOrderDeadlineApproaching(long workOrderId, String number, Status status, int level, Instant dueAt,
                                           Long departmentId, long acceptedBy) {
}
