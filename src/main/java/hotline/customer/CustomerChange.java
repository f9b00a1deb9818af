package hotline.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An edit of the profile; {@code version} is the one the editor read (a newer one answers 409). */
public record CustomerChange(
        @NotBlank @Size(max = 100) String name,
        @NotNull CustomerKind kind,
        Gender gender,
        @Min(0) @Max(5) Integer vipLevel,
        @Size(max = 2000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 30) String> tags,
        @NotNull Long version) {

    public CustomerChange {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
