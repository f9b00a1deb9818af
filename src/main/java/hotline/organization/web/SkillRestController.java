package hotline.organization.web;

import hotline.organization.AgentView;
import hotline.organization.NewSkill;
import hotline.organization.SkillChange;
import hotline.organization.SkillView;
import hotline.organization.Skills;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;

@Tag(name = "Skills", description = "The skill catalogue and agents' proficiency (1–5)")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class SkillRestController {

    private final Skills skills;

    SkillRestController(Skills skills) {
        this.skills = skills;
    }

    @GetMapping("/skills")
    List<SkillView> list() {
        return skills.list();
    }

    @GetMapping("/skills/{id}")
    SkillView get(@PathVariable long id) {
        return skills.get(id);
    }

    @PostMapping("/skills")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SkillView> create(@Valid @RequestBody NewSkill skill) {
        var created = skills.create(skill);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/skills/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    SkillView update(@PathVariable long id, @Valid @RequestBody SkillChange change) {
        return skills.update(id, change);
    }

    @GetMapping("/agents")
    List<AgentView> agents() {
        return skills.agents();
    }

    record AgentSkills(long userId, Map<String, Integer> skills, long version) {
    }

    record AgentSkillsChange(@NotNull Map<String, Integer> skills, @NotNull Long version) {
    }

    @GetMapping("/agents/{userId}/skills")
    AgentSkills agentSkills(@PathVariable long userId) {
        var agent = skills.agent(userId);
        return new AgentSkills(agent.userId(), agent.skills(), agent.skillsVersion());
    }

    /** Replaces the agent's skills as read at {@code version}; 409 when they changed since. */
    @PutMapping("/agents/{userId}/skills")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    AgentSkills setAgentSkills(@PathVariable long userId, @Valid @RequestBody AgentSkillsChange change) {
        var agent = skills.setSkills(userId, change.skills(), change.version());
        return new AgentSkills(agent.userId(), agent.skills(), agent.skillsVersion());
    }
}
