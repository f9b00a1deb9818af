package hotline.workforce.internal;

import java.util.List;
import java.util.Set;

/**
 * The agents workforce schedules. Today they are identity's enabled accounts with the AGENT role and no skills; once
 * the organization module is on main its {@code Skills.agents()} (team and skills) takes over behind this interface.
 */
public interface AgentDirectory {

    record Person(long userId, String username, String displayName, Long teamId, Set<String> skills) {
    }

    List<Person> agents();
}
