package hotline.identity;

import hotline.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** An edit of an account; {@code version} is the one the editor read (optimistic locking). */
public record UserChange(
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^[0-9+\\- ]{3,20}$") String phone,
        @NotEmpty Set<Role> roles,
        boolean enabled,
        @NotNull Long version) {
}
