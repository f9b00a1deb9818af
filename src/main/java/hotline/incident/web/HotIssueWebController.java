package hotline.incident.web;

import hotline.incident.HotIssues;
import hotline.platform.InvalidInputException;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The leads' board of rising topics, refreshed every half minute, with the contacts behind each. */
@Controller
@PreAuthorize(IncidentRoles.LEADS)
class HotIssueWebController {

    static final int PAGE_SIZE = 50;
    /** Work-order numbers looked up per page; a storm's further references are listed as text. */
    static final int LINKED_REFERENCES = 200;

    private final HotIssues hotIssues;
    private final WorkOrders workOrders;
    private final CenterTime time;

    HotIssueWebController(HotIssues hotIssues, WorkOrders workOrders, CenterTime time) {
        this.hotIssues = hotIssues;
        this.workOrders = workOrders;
        this.time = time;
    }

    /** How far back the board lists detected hot issues. */
    enum Period {
        DAY("24h", Duration.ofHours(24)), WEEK("7d", Duration.ofDays(7)), MONTH("30d", Duration.ofDays(30));

        final String code;
        final Duration window;

        Period(String code, Duration window) {
            this.code = code;
            this.window = window;
        }

        static Period of(String code) {
            return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("period", "OneOf", "must be one of 24h, 7d, 30d"));
        }
    }

    /** A reference behind a hot issue: a link when it is a work order the viewer may see, plain text otherwise. */
    record Reference(String text, Long workOrderId) {
    }

    @GetMapping("/hot-issues")
    String board(@RequestParam(defaultValue = "24h") String period, @RequestParam(defaultValue = "0") int page,
                 HttpServletRequest request, Model model) {
        var chosen = Period.of(period);
        if (page < 0) {
            throw InvalidInputException.of("page", "Min", "must not be negative");
        }
        var recent = new ArrayList<>(hotIssues.recent(chosen.window, page * PAGE_SIZE, PAGE_SIZE + 1));
        boolean more = recent.size() > PAGE_SIZE;
        model.addAttribute("forming", hotIssues.forming(15));
        model.addAttribute("recent", more ? recent.subList(0, PAGE_SIZE) : recent);
        model.addAttribute("period", chosen.code);
        model.addAttribute("periods", Arrays.stream(Period.values()).map(p -> p.code).toList());
        model.addAttribute("page", page);
        model.addAttribute("more", more);
        model.addAttribute("notifications", hotIssues.notifications(10));
        model.addAttribute("zone", time.zone());
        return Htmx.view(request, "incident/hot-issues", "board");
    }

    @GetMapping("/hot-issues/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("issue", hotIssues.get(id));
        model.addAttribute("references", references(hotIssues.references(id)));
        model.addAttribute("zone", time.zone());
        return "incident/hot-issue";
    }

    /** Work-order numbers resolve through the work-order facade as the viewer, so an order they may not see stays text. */
    private List<Reference> references(List<String> texts) {
        var out = new ArrayList<Reference>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Long id = i < LINKED_REFERENCES ? workOrders.findByNumber(text).map(WorkOrderView::id).orElse(null) : null;
            out.add(new Reference(text, id));
        }
        return out;
    }

    @PostMapping("/hot-issues/{id}/acknowledge")
    String acknowledge(@PathVariable long id) {
        hotIssues.acknowledge(id);
        return "redirect:/hot-issues/" + id;
    }
}
