package hotline.organization.internal;

import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Role and data-scope checks of the organization facades. Roles come from the authentication's authorities, so the
 * system actor (which holds every role) passes like an administrator.
 */
final class Access {

    private Access() {
    }

    static boolean has(Role role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    static boolean hasAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    static long actorId() {
        return CurrentUser.actor().id();
    }

    static AccessDeniedException denied(String why) {
        return new AccessDeniedException(why);
    }
}
