package hotline.workorder;

import java.time.Instant;

/** A request was recorded (受理). Carries what hot-issue detection, incidents and the customer timeline need. */
public record WorkOrderAccepted(long workOrderId, String number, WorkOrderType type, Long categoryId,
                                String categoryName, Urgency urgency, Channel channel, String contactRef,
                                Long customerId, String customerPhone, String customerAddress, String accountNumber,
                                long acceptedBy, Long teamId, String title, Instant at) {
}
