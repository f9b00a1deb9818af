package hotline.routing;

import java.time.Instant;

/** Why an agent is not ready (break, meal, training, meeting …); {@code productive} time counts as work. */
public record ReasonCodeView(long id, String code, String name, boolean productive, boolean enabled,
                             Instant updatedAt, long version) {
}
