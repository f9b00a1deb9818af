package hotline.workorder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A type's loop rules: whether a callback must precede archiving, whether resolving on the spot is followed by a
 * callback, how many callback attempts before the order closes as unreachable, and the window within which a
 * second order of the same customer and category is flagged as a possible duplicate.
 */
public record TypePolicy(@NotNull WorkOrderType type, boolean callbackRequired, boolean onSpotCallback,
                         @Min(1) @Max(10) int maxCallbackAttempts, @Min(0) @Max(8760) int duplicateWindowHours,
                         long version) {
}
