package hotline.identity.internal;

import hotline.identity.UserView;
import hotline.platform.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's account: the aggregate root of identity, with its role grants. */
@Table(schema = "identity", name = "app_user")
public class UserAccount {

    @Id
    Long id;
    String username;
    String displayName;
    String passwordHash;
    String email;
    String phone;
    boolean enabled;
    boolean mustChangePassword;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;
    @MappedCollection(idColumn = "app_user")
    Set<RoleGrant> roles = new HashSet<>();

    @Table(schema = "identity", name = "user_role")
    record RoleGrant(Role role) {
    }

    static UserAccount open(String username, String displayName, String passwordHash, String email, String phone,
                            Set<Role> roles, Instant now) {
        var account = new UserAccount();
        account.username = username.toLowerCase();
        account.displayName = displayName.strip();
        account.passwordHash = passwordHash;
        account.email = blankToNull(email);
        account.phone = blankToNull(phone);
        account.enabled = true;
        account.createdAt = now;
        account.updatedAt = now;
        account.grant(roles);
        return account;
    }

    void change(String displayName, String email, String phone, Set<Role> roles, boolean enabled, Instant now) {
        this.displayName = displayName.strip();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.enabled = enabled;
        this.updatedAt = now;
        grant(roles);
    }

    void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    private void grant(Set<Role> newRoles) {
        roles.clear();
        newRoles.forEach(role -> roles.add(new RoleGrant(role)));
    }

    Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    public Long id() {
        return id;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String username() {
        return username;
    }

    long version() {
        return version == null ? 0 : version;
    }

    UserView view() {
        return new UserView(id, username, displayName, email, phone, roles(), enabled, mustChangePassword, createdAt,
                version());
    }

    /** What the audit trail keeps of an account: everything but the password hash. */
    AuditState auditState() {
        return new AuditState(username, displayName, email, phone, roles(), enabled);
    }

    record AuditState(String username, String displayName, String email, String phone, Set<Role> roles,
                      boolean enabled) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
