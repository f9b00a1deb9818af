package hotline.organization;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Map;

/**
 * The skill catalogue (administrators) and agents' skills with proficiency 1 (beginner) to 5 (expert). Supervisors
 * set any agent's skills, team leads those of the agents in the teams they lead. Setting skills publishes
 * {@link AgentSkillsChanged} when they changed.
 */
public interface Skills {

    int MIN_PROFICIENCY = 1;
    int MAX_PROFICIENCY = 5;

    List<SkillView> list();

    SkillView get(long id);

    SkillView create(@Valid NewSkill skill);

    SkillView update(long id, @Valid SkillChange change);

    /** An agent's skills: skill code → proficiency; empty when none. */
    Map<String, Integer> skillsOf(long userId);

    /** Replaces an agent's skills, whatever their current version (for systems and imports). */
    AgentView setSkills(long userId, Map<String, Integer> proficiencyBySkillCode);

    /** Replaces an agent's skills as edited on {@code version}; a newer version answers 409. */
    AgentView setSkills(long userId, Map<String, Integer> proficiencyBySkillCode, long version);

    AgentView agent(long userId);

    /** Every enabled agent with team and skills, by username. */
    List<AgentView> agents();
}
