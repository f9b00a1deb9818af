package hotline.workforce;

import java.time.Instant;
import java.util.List;

/**
 * What workforce learns from: closed intervals per queue and agent state changes. Routing feeds it (through its
 * events, ADR 0045); imports and the demo seeder use the same door. Both calls are idempotent.
 */
public interface WorkforceFeed {

    /** Stores or replaces the rows (one per queue, interval length and start). */
    int recordIntervals(List<ContactInterval> intervals, String source);

    /** An agent entered a state at {@code at} (routing's state name; unknown names count as not ready). */
    void recordAgentState(long userId, String state, Instant at);
}
