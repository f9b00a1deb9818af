package hotline.routing.internal;

import hotline.audit.AuditLog;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.security.SystemActor;
import hotline.telephony.PhoneOwners;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Routing rings agents' phones by user name, so it tells SIP account administration (telephony, which depends on the
 * platform only) who the users are, from identity, and writes its audit entries.
 */
@Component
class UserPhoneOwners implements PhoneOwners {

    private final Users users;
    private final AuditLog audit;

    UserPhoneOwners(Users users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public Optional<Owner> find(long userId) {
        return SystemActor.call(() -> users.find(userId)).map(UserPhoneOwners::owner);
    }

    @Override
    public Map<Long, Owner> byIds(Collection<Long> ids) {
        return SystemActor.call(() -> users.byIds(ids)).values().stream()
                .collect(Collectors.toMap(UserView::id, UserPhoneOwners::owner));
    }

    @Override
    public List<Owner> enabled() {
        return SystemActor.call(() -> users.list(new UserQuery(null, null, true))).stream()
                .map(UserPhoneOwners::owner).sorted(Comparator.comparing(Owner::username)).toList();
    }

    @Override
    public void audit(String entityType, Object entityId, String action, String summary, Object before,
                      Object after) {
        audit.record(entityType, entityId, action, summary, before, after);
    }

    private static Owner owner(UserView user) {
        return new Owner(user.id(), user.username(), user.displayName());
    }
}
