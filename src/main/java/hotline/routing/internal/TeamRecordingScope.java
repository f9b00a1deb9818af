package hotline.routing.internal;

import hotline.audit.AuditLog;
import hotline.customer.PhoneNumbers;
import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.Teams;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.telephony.RecordingScope;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Routing records the contacts, so it tells the recordings archive (telephony, which depends on the platform only)
 * which agents a team lead leads — from organization's teams — who the agents are — from identity — which number each
 * contact came from, and writes the archive's audit entries (ADR 0073, 0074).
 */
@Component
class TeamRecordingScope implements RecordingScope {

    /** Enough for any real caller's history; a number that called more often is a test line or a robot. */
    static final int MAX_CONTACTS_OF_A_NUMBER = 5000;

    private final Teams teams;
    private final Users users;
    private final RoutingStore store;
    private final AuditLog audit;

    TeamRecordingScope(Teams teams, Users users, RoutingStore store, AuditLog audit) {
        this.teams = teams;
        this.users = users;
        this.store = store;
        this.audit = audit;
    }

    @Override
    public Set<Long> agentsLedBy(long userId) {
        var agents = new HashSet<Long>();
        SystemActor.call(() -> teams.ledBy(userId)).forEach(team -> agents.addAll(team.memberIds()));
        return agents;
    }

    @Override
    public List<Agent> agents() {
        return SystemActor.call(() -> users.list(new UserQuery(null, Role.AGENT, true))).stream()
                .map(user -> new Agent(user.id(), user.displayName()))
                .sorted(Comparator.comparing(Agent::displayName)).toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return SystemActor.call(() -> users.byIds(userIds)).values().stream()
                .collect(Collectors.toMap(UserView::id, UserView::displayName));
    }

    @Override
    public Set<UUID> contactsFrom(String number) {
        var normalized = PhoneNumbers.normalize(number);
        if (!PhoneNumbers.isComplete(normalized)) {
            throw InvalidInputException.of("phone", "WholeNumber",
                    "search by a whole phone number (e.g. 13812345678 or 021-65234567), not a part of one");
        }
        return new LinkedHashSet<>(store.contactsFrom(PhoneNumbers.notations(normalized), MAX_CONTACTS_OF_A_NUMBER));
    }

    @Override
    public Map<UUID, String> callerNumbers(Collection<UUID> contactIds) {
        return store.callerNumbers(contactIds);
    }

    @Override
    public void audit(boolean bySystem, String entityType, Object entityId, String action, String summary,
                      Object before, Object after) {
        if (bySystem) {
            audit.record(Actor.SYSTEM, entityType, entityId, action, summary, before, after);
        } else {
            audit.record(entityType, entityId, action, summary, before, after);
        }
    }
}
