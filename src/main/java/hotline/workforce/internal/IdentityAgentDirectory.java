package hotline.workforce.internal;

import hotline.identity.UserQuery;
import hotline.identity.Users;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** Agents from identity: every enabled account with the AGENT role (no teams or skills until organization lands). */
@Component
class IdentityAgentDirectory implements AgentDirectory {

    private final Users users;

    IdentityAgentDirectory(Users users) {
        this.users = users;
    }

    @Override
    public List<Person> agents() {
        // Listing accounts is an administrator's right; workforce only needs names, so it asks as the system.
        return SystemActor.call(() -> users.list(new UserQuery(null, Role.AGENT, true))).stream()
                .map(u -> new Person(u.id(), u.username(), u.displayName(), null, Set.of()))
                .toList();
    }
}
