package hotline.identity.internal;

import hotline.audit.AuditLog;
import hotline.identity.NewUser;
import hotline.identity.UserChange;
import hotline.identity.UserDeactivated;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Transactional
class UserManagement implements Users {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserManagement(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public UserView create(NewUser user) {
        String username = user.username().strip().toLowerCase();
        if (accounts.existsByUsername(username)) {
            throw ConflictException.duplicate("user", "username", username);
        }
        passwordPolicy.check("password", user.password());
        var account = accounts.save(UserAccount.open(username, user.displayName(), passwordEncoder.encode(user.password()),
                user.email(), user.phone(), user.roles(), clock.instant()));
        audit.record("user", account.id(), "create", "created user " + username, null, account.auditState());
        return account.view();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public UserView update(long id, UserChange change) {
        var account = load(id);
        if (account.version() != change.version()) {
            throw ConflictException.staleVersion("user", id, change.version(), account.version());
        }
        if (id == CurrentUser.actor().id() && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            throw InvalidInputException.of("roles", "SelfLockout",
                    "you cannot disable your own account or take away your own administrator role");
        }
        var before = account.auditState();
        boolean wasEnabled = account.enabled();
        account.change(change.displayName(), change.email(), change.phone(), change.roles(), change.enabled(),
                clock.instant());
        account = accounts.save(account);
        audit.record("user", id, "update", "changed user " + account.username(), before, account.auditState());
        if (wasEnabled && !account.enabled()) {
            events.publishEvent(new UserDeactivated(id, account.username()));
        }
        return account.view();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        var account = load(id);
        passwordPolicy.check("password", newPassword);
        account.setPassword(passwordEncoder.encode(newPassword), true, clock.instant());
        accounts.save(account);
        audit.record("user", id, "reset-password", "reset the password of " + account.username(), null, null);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = load(CurrentUser.require().id());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "Matches", "is not your current password");
        }
        passwordPolicy.check("newPassword", newPassword);
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw InvalidInputException.of("newPassword", "Different", "must differ from the current password");
        }
        account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        accounts.save(account);
        audit.record("user", account.id(), "change-password", account.username() + " changed their password",
                null, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> find(long id) {
        return accounts.findById(id).map(UserAccount::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return username == null ? Optional.empty()
                : accounts.findByUsername(username.strip().toLowerCase()).map(UserAccount::view);
    }

    @Override
    @Transactional(readOnly = true)
    public UserView get(long id) {
        return load(id).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> list(UserQuery query) {
        String text = query.text() == null ? "" : query.text().strip().toLowerCase();
        return accounts.findAll().stream()
                .map(UserAccount::view)
                .filter(u -> text.isEmpty() || u.username().contains(text) || u.displayName().toLowerCase().contains(text))
                .filter(u -> query.role() == null || u.has(query.role()))
                .filter(u -> query.enabled() == null || u.enabled() == query.enabled())
                .sorted(Comparator.comparing(UserView::username))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UserView> byIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
