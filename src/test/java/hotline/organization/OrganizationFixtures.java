package hotline.organization;

import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** People and names for organization tests; every name is unique because the tests share one database. */
@Component
class OrganizationFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Users users;

    OrganizationFixtures(Users users) {
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + COUNTER.incrementAndGet();
    }

    UserView person(Role... roles) {
        return SystemActor.call(() -> users.create(new NewUser(unique("u" + roles[0].name().toLowerCase().replace('_', '-')),
                "测试 " + roles[0], "secret12345", null, null, Set.of(roles))));
    }

    static Actor actor(UserView user) {
        return new Actor(user.id(), user.username(), user.displayName(), user.roles());
    }

    static Actor actor(Role role) {
        return new Actor(900_000 + role.ordinal(), "test-" + role.name().toLowerCase(), "test", Set.of(role));
    }

    /** Runs work as the given person, the way a signed-in request would. */
    static <T> T as(Actor actor, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var principal = new TestUsers.Principal(actor);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(Actor actor, Runnable work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    static <T> T asAdmin(Supplier<T> work) {
        return as(actor(Role.ADMIN), work);
    }

    static void asAdmin(Runnable work) {
        as(actor(Role.ADMIN), work);
    }
}
