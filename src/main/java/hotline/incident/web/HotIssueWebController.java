package hotline.incident.web;

import hotline.incident.HotIssues;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Duration;

/** The leads' board of rising topics, refreshed every half minute, with the contacts behind each. */
@Controller
@PreAuthorize(IncidentRoles.LEADS)
class HotIssueWebController {

    private final HotIssues hotIssues;
    private final CenterTime time;

    HotIssueWebController(HotIssues hotIssues, CenterTime time) {
        this.hotIssues = hotIssues;
        this.time = time;
    }

    @GetMapping("/hot-issues")
    String board(HttpServletRequest request, Model model) {
        model.addAttribute("forming", hotIssues.forming(15));
        model.addAttribute("recent", hotIssues.recent(Duration.ofHours(24)));
        model.addAttribute("notifications", hotIssues.notifications(10));
        model.addAttribute("zone", time.zone());
        return Htmx.view(request, "incident/hot-issues", "board");
    }

    @GetMapping("/hot-issues/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("issue", hotIssues.get(id));
        model.addAttribute("references", hotIssues.references(id));
        model.addAttribute("zone", time.zone());
        return "incident/hot-issue";
    }

    @PostMapping("/hot-issues/{id}/acknowledge")
    String acknowledge(@PathVariable long id) {
        hotIssues.acknowledge(id);
        return "redirect:/hot-issues/" + id;
    }
}
