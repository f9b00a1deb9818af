package hotline.workforce.internal;

import hotline.organization.Skills;
import hotline.platform.security.SystemActor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Agents from organization: every enabled account with the AGENT role, with team and skill codes. A shift template
 * that needs a skill is only given to agents who have it at any proficiency.
 */
@Component
class OrganizationAgentDirectory implements AgentDirectory {

    private final Skills skills;

    OrganizationAgentDirectory(Skills skills) {
        this.skills = skills;
    }

    @Override
    public List<Person> agents() {
        // The schedule builder and the solver's callbacks run for leads and for the system alike.
        return SystemActor.call(skills::agents).stream()
                .map(a -> new Person(a.userId(), a.username(), a.displayName(), a.teamId(), Set.copyOf(a.skills().keySet())))
                .toList();
    }
}
