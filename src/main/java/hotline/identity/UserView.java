package hotline.identity;

import hotline.platform.security.Role;

import java.time.Instant;
import java.util.Set;

/** A user account as other modules and the API see it (never the password hash). */
public record UserView(long id, String username, String displayName, String email, String phone, Set<Role> roles,
                       boolean enabled, boolean mustChangePassword, Instant createdAt, long version) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
