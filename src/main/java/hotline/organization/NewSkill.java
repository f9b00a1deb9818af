package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new skill; the code is permanent (routing rules and events refer to it). */
public record NewSkill(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 50) String name,
        @NotNull Channel channel,
        @Size(max = 500) String description) {
}
