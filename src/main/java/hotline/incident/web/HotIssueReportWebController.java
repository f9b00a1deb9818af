package hotline.incident.web;

import hotline.incident.HotIssueReport;
import hotline.incident.HotIssueReports;
import hotline.platform.ConflictException;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "report as possible hot issue" (上报热点) action on the work-order page. The work-order page loads this fragment
 * by URL, so the work-order module needs no dependency on this one; the endpoint lives here because only this module
 * knows hot issues.
 */
@Controller
@PreAuthorize(IncidentRoles.REPORTERS)
class HotIssueReportWebController {

    private final HotIssueReports reports;
    private final CenterTime time;

    HotIssueReportWebController(HotIssueReports reports, CenterTime time) {
        this.reports = reports;
        this.time = time;
    }

    @GetMapping("/work-orders/{id}/hot-issue-report")
    String show(@PathVariable long id, Model model) {
        return fragment(model, id, reports.find(id).orElse(null), null);
    }

    /** With htmx the fragment answers in place; a plain form post goes back to the order page. */
    @PostMapping("/work-orders/{id}/hot-issue-report")
    String report(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            var report = reports.report(id);
            if (!Htmx.isHtmx(request)) {
                return "redirect:/work-orders/" + id;
            }
            return fragment(model, id, report, "sent");
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return fragment(model, id, reports.find(id).orElse(null), "already");
        }
    }

    private String fragment(Model model, long id, HotIssueReport report, String outcome) {
        model.addAttribute("orderId", id);
        model.addAttribute("report", report);
        model.addAttribute("outcome", outcome);
        model.addAttribute("zone", time.zone());
        return "incident/hot-issue-report :: report";
    }
}
