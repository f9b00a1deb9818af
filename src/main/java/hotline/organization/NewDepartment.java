package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to open a department. The code is permanent: other modules and systems refer to it. */
public record NewDepartment(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 50) String name,
        @Size(max = 500) String description,
        @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$") String contactPhone) {
}
