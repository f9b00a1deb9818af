package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An edit of a department; {@code version} is the one the editor read. {@code active = false} deactivates it. */
public record DepartmentChange(
        @NotBlank @Size(max = 50) String name,
        @Size(max = 500) String description,
        @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$") String contactPhone,
        boolean active,
        @NotNull Long version) {
}
