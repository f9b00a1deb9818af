package hotline.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An inspector's score of one item: the value (yes/no as 1/0, a scale step, points), or not applicable; a comment,
 * optionally pinned to a moment of the recording ({@code atMillis} from its start).
 */
public record ItemScore(@NotBlank @Size(max = 40) String itemCode, Double value, boolean na,
                        @Size(max = 1000) String comment, @PositiveOrZero Long atMillis) {
}
