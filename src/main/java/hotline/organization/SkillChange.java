package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An edit of a skill made on {@code version}. */
public record SkillChange(@NotBlank @Size(max = 50) String name, @NotNull Channel channel,
                          @Size(max = 500) String description, @NotNull Long version) {
}
