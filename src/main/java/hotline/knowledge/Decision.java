package hotline.knowledge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A workflow step on the version the person read, with an optional note (why it was rejected, what to check). */
public record Decision(@NotNull Long version, @Size(max = 500) String note) {
}
