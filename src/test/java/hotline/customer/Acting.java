package hotline.customer;

import hotline.TestUsers;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/** Calls the facade as a person holding the given roles, as the console would. */
final class Acting {

    private Acting() {
    }

    static <T> T as(Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var principal = new TestUsers.Principal(new Actor(910_000, "tester", "Tester", Set.of(roles)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(Runnable work, Role... roles) {
        as(() -> {
            work.run();
            return null;
        }, roles);
    }
}
