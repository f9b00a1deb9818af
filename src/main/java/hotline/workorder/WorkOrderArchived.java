package hotline.workorder;

import java.time.Instant;

/** The loop is closed (归档). Surveys, quality sampling and reports react to it. */
public record WorkOrderArchived(long workOrderId, String number, WorkOrderType type, Long categoryId,
                                Outcome outcome, Satisfaction satisfaction, Long customerId, long acceptedBy,
                                Long departmentId, String contactRef, Instant acceptedAt, Instant at,
                                boolean closedInTime) {
}
