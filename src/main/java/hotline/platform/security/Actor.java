package hotline.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: the signed-in person or the owner of an API token. Modules take it from {@link CurrentUser} to check
 * roles and data scopes and to record who did what.
 */
public record Actor(long id, String username, String displayName, Set<Role> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The system itself (timers, simulator, demo seeding) when no person is acting. */
    public static final Actor SYSTEM = new Actor(0, "system", "System", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSystem() {
        return id == 0;
    }
}
