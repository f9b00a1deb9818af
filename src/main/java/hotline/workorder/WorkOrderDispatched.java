package hotline.workorder;

import java.time.Instant;

/** Handed to a department (派单, also re-dispatch and reopen), with the deadlines it runs against. */
public record WorkOrderDispatched(long workOrderId, String number, long departmentId, Instant signOffDueAt,
                                  Instant handleDueAt, boolean reopened, Instant at) {
}
