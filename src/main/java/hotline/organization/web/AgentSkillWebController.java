package hotline.organization.web;

import hotline.organization.AgentView;
import hotline.organization.Skills;
import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agent × skill matrix. Each row is its own form (one agent, their skills version); leads edit the rows of
 * their own teams, supervisors and administrators every row, managers read.
 */
@Controller
@RequestMapping("/team/skills")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD', 'MANAGER')")
class AgentSkillWebController {

    private final Skills skills;
    private final Teams teams;
    private final Messages messages;
    private final CenterTime time;

    AgentSkillWebController(Skills skills, Teams teams, Messages messages, CenterTime time) {
        this.skills = skills;
        this.teams = teams;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping
    String matrix(@RequestParam(required = false) Long teamId, HttpServletRequest request, Model model) {
        model.addAttribute("teamId", teamId);
        model.addAttribute("agents", filtered(teamId));
        common(model);
        return Htmx.view(request, "organization/agent-skills", "rows");
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Long teamId) {
        var rows = filtered(teamId);
        var teamNames = teamNames();
        var columns = new ArrayList<ExcelExport.Column<AgentView>>();
        columns.add(new ExcelExport.Column<>(messages.get("org.agent.username"), AgentView::username));
        columns.add(new ExcelExport.Column<>(messages.get("org.agent.displayName"), AgentView::displayName));
        columns.add(new ExcelExport.Column<>(messages.get("org.agent.team"), a -> teamNames.get(a.teamId())));
        for (var skill : skills.list()) {
            columns.add(new ExcelExport.Column<>(skill.name(), a -> a.skills().get(skill.code())));
        }
        return ExcelExport.download("agent-skills", messages.get("org.agentSkills.title"), columns, rows::forEach,
                time.zone());
    }

    @PostMapping("/{userId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    String save(@PathVariable long userId, @RequestParam long version, @RequestParam Map<String, String> params,
                HttpServletRequest request, Model model) {
        var proficiency = new HashMap<String, Integer>();
        params.forEach((name, value) -> {
            if (name.startsWith("skill.") && value != null && !value.isBlank() && !value.equals("0")) {
                String code = name.substring("skill.".length());
                try {
                    proficiency.put(code, Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("skills." + code, "Range", "proficiency must be from 1 to 5");
                }
            }
        });
        var agent = skills.setSkills(userId, proficiency, version);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/team/skills" + (agent.teamId() == null ? "" : "?teamId=" + agent.teamId());
        }
        model.addAttribute("agents", List.of(agent));
        model.addAttribute("savedAgent", agent.userId());
        common(model);
        return "organization/agent-skills :: row";
    }

    private void common(Model model) {
        var actor = CurrentUser.actor();
        var all = teams.list();
        model.addAttribute("teams", all);
        model.addAttribute("teamNames", teamNames());
        model.addAttribute("skills", skills.list());
        Set<Long> editableTeams = actor.hasAny(Role.ADMIN, Role.SUPERVISOR) ? null
                : all.stream().filter(t -> t.ledBy(actor.id())).map(TeamView::id).collect(Collectors.toSet());
        model.addAttribute("editableTeams", editableTeams);
        model.addAttribute("editsAll", editableTeams == null);
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
    }

    private Map<Long, String> teamNames() {
        return teams.list().stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }

    private List<AgentView> filtered(Long teamId) {
        return skills.agents().stream().filter(a -> teamId == null || teamId.equals(a.teamId())).toList();
    }
}
