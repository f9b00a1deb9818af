package hotline.organization;

import java.util.Map;

/**
 * An agent (an enabled person with the AGENT role) with their team and skills (skill code → proficiency 1–5);
 * {@code skillsVersion} is what an editor of the skills sends back.
 */
public record AgentView(long userId, String username, String displayName, Long teamId, Map<String, Integer> skills,
                        long skillsVersion) {

    public AgentView {
        skills = Map.copyOf(skills);
    }

    public int proficiency(String skillCode) {
        return skills.getOrDefault(skillCode, 0);
    }
}
