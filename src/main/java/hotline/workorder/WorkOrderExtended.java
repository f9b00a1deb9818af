package hotline.workorder;

import java.time.Instant;

/** A supervisor approved a department's extension request (延期): the handling deadline moved. */
public record WorkOrderExtended(long workOrderId, String number, Instant previousDueAt, Instant newDueAt,
                                long approvedBy, Instant at) {
}
