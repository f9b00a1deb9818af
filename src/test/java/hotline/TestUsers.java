package hotline;

import hotline.platform.security.Actor;
import hotline.platform.security.ActorPrincipal;
import hotline.platform.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Collection;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in people for MockMvc requests, as {@link ActorPrincipal}s so facades see a real {@link Actor}. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(long id, String username, Role... roles) {
        return user(new Principal(new Actor(id, username, username, Set.of(roles))));
    }

    /** A person holding exactly one role, with an id that no real account has. */
    public static RequestPostProcessor as(Role role) {
        return as(900_000 + role.ordinal(), "test-" + role.name().toLowerCase(), role);
    }

    public record Principal(Actor actor) implements UserDetails, ActorPrincipal {
        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return actor.username();
        }
    }
}
