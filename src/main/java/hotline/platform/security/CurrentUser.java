package hotline.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The {@link Actor} of the current request, or {@link Actor#SYSTEM} when the system acts on its own. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The acting person; the system when nobody is signed in (background work). */
    public static Actor actor() {
        return find().orElse(Actor.SYSTEM);
    }

    /** The acting person, or 403 when the request is anonymous. */
    public static Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("no signed-in user"));
    }
}
