package hotline.workorder;

import java.time.Instant;

/** The customer was not satisfied at the callback (重办): back to the same department with their words. */
public record WorkOrderReopened(long workOrderId, String number, Long departmentId, String customerWords,
                                Instant at) {
}
