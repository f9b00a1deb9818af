package hotline.routing;

import java.time.Instant;

/** An agent moved from one state to another (adherence, wallboards). */
public record AgentStateChanged(long userId, String username, AgentState from, AgentState to, String reasonCode,
                                Instant at) {
}
