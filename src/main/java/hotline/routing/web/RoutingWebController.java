package hotline.routing.web;

import hotline.platform.web.Htmx;
import hotline.routing.Routing;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators' pages: queues with their rules and live figures, and the reason codes for not ready. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RoutingWebController {

    private final Routing routing;

    RoutingWebController(Routing routing) {
        this.routing = routing;
    }

    @GetMapping("/admin/queues")
    String queues(HttpServletRequest request, Model model) {
        var queues = routing.queues();
        model.addAttribute("queues", queues);
        model.addAttribute("live", queues.stream().map(q -> routing.live(q.id())).toList());
        return Htmx.view(request, "routing/queues", "rows");
    }

    @GetMapping("/admin/reason-codes")
    String reasonCodes(HttpServletRequest request, Model model) {
        model.addAttribute("reasons", routing.reasonCodes());
        return Htmx.view(request, "routing/reason-codes", "rows");
    }
}
