package hotline.organization.web;

import hotline.organization.NewTeam;
import hotline.organization.TeamChange;
import hotline.organization.TeamView;
import hotline.organization.Teams;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@Tag(name = "Teams", description = "Teams (班组), their leads and agents")
@RestController
@RequestMapping("/api/v1/teams")
@PreAuthorize("isAuthenticated()")
class TeamRestController {

    private final Teams teams;

    TeamRestController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping
    List<TeamView> list() {
        return teams.list();
    }

    @GetMapping("/{id}")
    TeamView get(@PathVariable long id) {
        return teams.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TeamView> create(@Valid @RequestBody NewTeam team) {
        var created = teams.create(team);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    /** Name and lead: administrators; members: also supervisors and the team's lead. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    TeamView update(@PathVariable long id, @Valid @RequestBody TeamChange change) {
        return teams.update(id, change);
    }

    /** Puts the agent into this team (out of their previous one). */
    @PutMapping("/{id}/members/{userId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    TeamView addMember(@PathVariable long id, @PathVariable long userId) {
        return teams.addMember(id, userId);
    }

    @DeleteMapping("/{id}/members/{userId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    TeamView removeMember(@PathVariable long id, @PathVariable long userId) {
        return teams.removeMember(id, userId);
    }
}
