package hotline.identity;

import hotline.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What it takes to open an account. */
public record NewUser(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 10, max = 128) String password,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^[0-9+\\- ]{3,20}$") String phone,
        @NotEmpty Set<Role> roles) {
}
