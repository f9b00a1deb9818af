package hotline.organization.web;

import hotline.identity.UserQuery;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.organization.NewTeam;
import hotline.organization.TeamChange;
import hotline.organization.TeamView;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Forms;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Teams for leads and supervisors: the list, a team's lead and members. Administrators create teams and name leads;
 * supervisors move any agent; a lead moves agents into and out of the teams they lead.
 */
@Controller
@RequestMapping("/team/teams")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD', 'MANAGER')")
class TeamWebController {

    private final Teams teams;
    private final Users users;
    private final Messages messages;
    private final CenterTime time;

    TeamWebController(Teams teams, Users users, Messages messages, CenterTime time) {
        this.teams = teams;
        this.users = users;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping
    String list(HttpServletRequest request, Model model) {
        var all = teams.list();
        model.addAttribute("teams", all);
        model.addAttribute("names", names(all));
        model.addAttribute("admin", CurrentUser.actor().has(Role.ADMIN));
        return Htmx.view(request, "organization/teams", "rows");
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export() {
        var all = teams.list();
        var names = names(all);
        List<ExcelExport.Column<TeamView>> columns = List.of(
                new ExcelExport.Column<>(messages.get("org.team.name"), TeamView::name),
                new ExcelExport.Column<>(messages.get("org.team.lead"), t -> t.leadUserId() == null ? null
                        : names.get(t.leadUserId())),
                new ExcelExport.Column<>(messages.get("org.team.memberCount"), t -> t.memberIds().size()),
                new ExcelExport.Column<>(messages.get("org.team.members"), t -> t.memberIds().stream()
                        .map(names::get).collect(Collectors.joining("、"))),
                new ExcelExport.Column<>(messages.get("org.common.updatedAt"), TeamView::updatedAt));
        return ExcelExport.download("teams", messages.get("org.team.list.title"), columns, all::forEach, time.zone());
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newForm(Model model) {
        model.addAttribute("form", new TeamForm());
        model.addAttribute("leads", leads());
        return "organization/team";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("leads", leads());
        if (result.hasErrors()) {
            return "organization/team";
        }
        try {
            var created = teams.create(new NewTeam(form.getName(), form.getLeadUserId(), null));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/team/teams/" + created.id();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            result.rejectValue("name", "Duplicate", messages.get("org.common.taken"));
        }
        return "organization/team";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var team = teams.get(id);
        var form = new TeamForm();
        form.setName(team.name());
        form.setLeadUserId(team.leadUserId());
        form.setVersion(team.version());
        model.addAttribute("form", form);
        model.addAttribute("leads", leads());
        membersModel(team, model);
        return "organization/team";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var team = teams.get(id);
        model.addAttribute("leads", leads());
        membersModel(team, model);
        if (result.hasErrors()) {
            return "organization/team";
        }
        try {
            teams.update(id, new TeamChange(form.getName(), form.getLeadUserId(), new HashSet<>(team.memberIds()),
                    form.getVersion()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/team/teams/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (ConflictException e) {
            Forms.reject(result, e, "name", messages.get("org.common.taken"), messages.get("common.stale"));
        }
        return "organization/team";
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    String addMember(@PathVariable long id, @RequestParam long userId, HttpServletRequest request, Model model) {
        var team = teams.addMember(id, userId);
        return membersFragment(team, request, model);
    }

    @PostMapping("/{id}/members/{userId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'TEAM_LEAD')")
    String removeMember(@PathVariable long id, @PathVariable long userId, HttpServletRequest request, Model model) {
        var team = teams.removeMember(id, userId);
        return membersFragment(team, request, model);
    }

    private String membersFragment(TeamView team, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/team/teams/" + team.id();
        }
        membersModel(team, model);
        return "organization/team :: members";
    }

    private void membersModel(TeamView team, Model model) {
        var actor = CurrentUser.actor();
        model.addAttribute("team", team);
        model.addAttribute("admin", actor.has(Role.ADMIN));
        model.addAttribute("mayEditMembers", actor.hasAny(Role.ADMIN, Role.SUPERVISOR)
                || (actor.has(Role.TEAM_LEAD) && team.ledBy(actor.id())));
        var members = users.byIds(team.memberIds()).values().stream()
                .sorted(Comparator.comparing(UserView::username)).toList();
        model.addAttribute("members", members);
        var teamNames = new HashMap<Long, String>();
        for (var other : teams.list()) {
            other.memberIds().forEach(m -> teamNames.put(m, other.name()));
        }
        model.addAttribute("candidates", users.list(new UserQuery(null, Role.AGENT, true)).stream()
                .filter(u -> !team.memberIds().contains(u.id())).toList());
        model.addAttribute("teamOfCandidate", teamNames);
        model.addAttribute("leadName", team.leadUserId() == null ? null
                : users.find(team.leadUserId()).map(UserView::displayName).orElse(null));
    }

    private List<UserView> leads() {
        return users.list(new UserQuery(null, Role.TEAM_LEAD, true));
    }

    private Map<Long, String> names(List<TeamView> all) {
        var ids = new HashSet<Long>();
        all.forEach(t -> {
            ids.addAll(t.memberIds());
            if (t.leadUserId() != null) {
                ids.add(t.leadUserId());
            }
        });
        return users.byIds(ids).values().stream().collect(Collectors.toMap(UserView::id, UserView::displayName));
    }
}
