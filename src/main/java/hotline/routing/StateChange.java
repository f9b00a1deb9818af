package hotline.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person asks for an agent's state: LOGGED_OUT, READY or NOT_READY (with an enabled reason code). */
public record StateChange(@NotNull AgentState state, @Size(max = 32) String reasonCode) {
}
