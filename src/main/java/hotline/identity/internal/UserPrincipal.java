package hotline.identity.internal;

import hotline.platform.security.Actor;
import hotline.platform.security.ActorPrincipal;
import hotline.platform.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in person as Spring Security holds it (also in the shared session store, hence serializable). */
final class UserPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    UserPrincipal(Actor actor, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    static UserPrincipal of(UserAccount account) {
        var view = account.view();
        return new UserPrincipal(new Actor(view.id(), view.username(), view.displayName(), view.roles()),
                account.passwordHash(), view.enabled(), view.mustChangePassword());
    }

    @Override
    public Actor actor() {
        return actor;
    }

    public String getDisplayName() {
        return actor.displayName();
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = actor.roles().stream()
                .map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return actor.username();
    }
}
