package hotline.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reason code as created or edited; {@code version} is what the editor read (ignored on create). */
public record ReasonCodeDraft(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
                              @NotBlank @Size(max = 100) String name, boolean productive, boolean enabled,
                              Long version) {
}
