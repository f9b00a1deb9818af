package hotline.workforce.internal;

import java.util.List;
import java.util.Set;

/** The agents workforce schedules, with their team and skill codes (organization's agents, see the implementation). */
public interface AgentDirectory {

    record Person(long userId, String username, String displayName, Long teamId, Set<String> skills) {
    }

    List<Person> agents();
}
