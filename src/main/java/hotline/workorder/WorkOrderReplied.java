package hotline.workorder;

import java.time.Instant;

/** Answered by the department, or resolved on the spot by the agent; the callback is due next. */
public record WorkOrderReplied(long workOrderId, String number, Long departmentId, boolean onSpot,
                               Instant callbackDueAt, Instant at) {
}
