package hotline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An agent's live state; {@code pendingState} is what they asked for while on a contact (applied after wrap-up).
 */
public record AgentStatus(long userId, String username, AgentState state, String reasonCode, Instant since,
                          AgentState pendingState, Map<String, Integer> skills, List<Long> queueIds,
                          List<String> contactIds) {
}
