package hotline.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serial;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Runs work that no person started (demo seeding, the first administrator, timers, the simulator) as
 * {@link Actor#SYSTEM}, with every role, so facades that check roles let it through and the audit trail names it.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs work on behalf of a named person, with exactly that person's roles: demo seeding and imports that must be
     * recorded as done by someone. Never for requests, which carry their own sign-in.
     */
    public static <T> T callAs(Actor actor, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new On(actor), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record On(Actor actor) implements ActorPrincipal, java.io.Serializable {
        @Override
        public String toString() {
            return actor.username();
        }
    }

    private static final class Principal implements ActorPrincipal, java.io.Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Actor actor() {
            return Actor.SYSTEM;
        }

        @Override
        public String toString() {
            return Actor.SYSTEM.username();
        }
    }
}
