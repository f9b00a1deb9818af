package hotline.workforce.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workforce.Adherence;
import hotline.workforce.Forecasts;
import hotline.workforce.ShiftRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

/** The lead's daily work: approving swap and leave requests, the adherence board and intraday staffing gaps. */
@Controller
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
class LeadWebController {

    private final ShiftRequests requests;
    private final Adherence adherence;
    private final Forecasts forecasts;
    private final CenterTime time;
    private final JsonMapper json;

    LeadWebController(ShiftRequests requests, Adherence adherence, Forecasts forecasts, CenterTime time,
                      JsonMapper json) {
        this.requests = requests;
        this.adherence = adherence;
        this.forecasts = forecasts;
        this.time = time;
        this.json = json;
    }

    @GetMapping("/workforce/requests")
    String requests(Model model) {
        model.addAttribute("pending", requests.pending());
        model.addAttribute("recent", requests.recent(30));
        return "workforce/requests";
    }

    @PostMapping("/workforce/requests/{id}/decision")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String note,
                  @RequestParam long version, RedirectAttributes redirect) {
        try {
            requests.decide(id, approve, note, version);
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/workforce/requests";
    }

    @GetMapping("/workforce/adherence")
    String adherence(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @RequestParam(required = false) String queue, HttpServletRequest request, Model model) {
        var date = day == null ? time.today() : day;
        var queues = forecasts.queues();
        String chosen = queue != null && queues.contains(queue) ? queue : queues.isEmpty() ? null : queues.get(0);
        model.addAttribute("day", date);
        model.addAttribute("zone", time.zone());
        model.addAttribute("queues", queues);
        model.addAttribute("queue", chosen);
        model.addAttribute("board", adherence.board(date));
        if (chosen != null) {
            var intraday = adherence.intraday(chosen, date);
            model.addAttribute("intraday", intraday);
            var chart = new LinkedHashMap<String, Object>();
            chart.put("forecast", intraday.points().stream().map(p -> List.of(iso(p.start()), p.forecast())).toList());
            chart.put("actual", intraday.points().stream().filter(p -> p.actual() != null)
                    .map(p -> List.of(iso(p.start()), p.actual())).toList());
            chart.put("reforecast", intraday.points().stream().map(p -> List.of(iso(p.start()), p.reforecast())).toList());
            chart.put("required", intraday.points().stream().map(p -> List.of(iso(p.start()), p.requiredAgents())).toList());
            chart.put("scheduled", intraday.points().stream().map(p -> List.of(iso(p.start()), p.scheduledAgents())).toList());
            model.addAttribute("chart", json.writeValueAsString(chart));
        }
        return Htmx.view(request, "workforce/adherence", "board");
    }

    private String iso(java.time.Instant instant) {
        return instant.atZone(time.zone()).toOffsetDateTime().toString();
    }
}
