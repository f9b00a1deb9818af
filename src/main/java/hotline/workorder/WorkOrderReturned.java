package hotline.workorder;

import java.time.Instant;

/** A department sent the order back as wrongly dispatched (退单). */
public record WorkOrderReturned(long workOrderId, String number, long departmentId, String reason, long acceptedBy,
                                Instant at) {
}
