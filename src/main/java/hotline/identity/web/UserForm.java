package hotline.identity.web;

import hotline.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** The account form of the admin pages (create and edit). */
class UserForm {

    @NotBlank
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
    String username;
    @NotBlank
    @Size(max = 100)
    String displayName;
    String password;
    @Email
    @Size(max = 200)
    String email;
    @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$")
    String phone;
    @NotEmpty
    Set<Role> roles = EnumSet.noneOf(Role.class);
    boolean enabled = true;
    Long version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
