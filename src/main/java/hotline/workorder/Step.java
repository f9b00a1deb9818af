package hotline.workorder;

import java.time.Instant;

/** One entry of the processing record (流转记录) shown on the order. */
public record Step(long id, Action action, Status fromStatus, Status toStatus, long actorId, String actorName,
                   Long departmentId, String note, Instant at) {
}
