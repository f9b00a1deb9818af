package hotline.identity;

import hotline.platform.security.Role;

/** Filters of the user list; any may be null. */
public record UserQuery(String text, Role role, Boolean enabled) {

    public static UserQuery all() {
        return new UserQuery(null, null, null);
    }
}
