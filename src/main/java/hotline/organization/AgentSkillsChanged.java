package hotline.organization;

import java.util.Map;

/**
 * An agent's skills were set: the complete new set (skill code → proficiency 1–5); an empty map means no skills.
 * Routing rebuilds the agent's queue eligibility from it.
 */
public record AgentSkillsChanged(long userId, Map<String, Integer> proficiencyBySkillCode) {

    public AgentSkillsChanged {
        proficiencyBySkillCode = Map.copyOf(proficiencyBySkillCode);
    }
}
