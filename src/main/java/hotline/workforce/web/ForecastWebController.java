package hotline.workforce.web;

import hotline.platform.InvalidInputException;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workforce.Forecasts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forecast view: history and forecast on one chart, backtest errors per method, adjustments, special days, import. */
@Controller
@RequestMapping("/workforce/forecast")
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
class ForecastWebController {

    private final Forecasts forecasts;
    private final CenterTime time;
    private final JsonMapper json;

    ForecastWebController(Forecasts forecasts, CenterTime time, JsonMapper json) {
        this.forecasts = forecasts;
        this.time = time;
        this.json = json;
    }

    @GetMapping
    String view(@RequestParam(required = false) String queue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(defaultValue = "7") int days, HttpServletRequest request, Model model) {
        var queues = forecasts.queues();
        String chosen = queue != null && queues.contains(queue) ? queue : queues.isEmpty() ? null : queues.get(0);
        LocalDate start = from == null ? time.today() : from;
        int span = Math.max(1, Math.min(days, 42));
        model.addAttribute("queues", queues);
        model.addAttribute("queue", chosen);
        model.addAttribute("from", start);
        model.addAttribute("days", span);
        model.addAttribute("specialDays", forecasts.specialDays());
        model.addAttribute("kinds", Forecasts.SpecialDayKind.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("formats", Forecasts.ImportFormat.values());
        model.addAttribute("zone", time.zone());
        if (chosen != null) {
            var forecast = forecasts.forecastQueue(chosen, start, span);
            model.addAttribute("forecast", forecast);
            model.addAttribute("chart", json.writeValueAsString(chart(forecast)));
        }
        return Htmx.view(request, "workforce/forecast", "content");
    }

    private Map<String, Object> chart(Forecasts.QueueForecast f) {
        var data = new LinkedHashMap<String, Object>();
        data.put("history", f.history().stream().map(p -> List.of(p.start().toString(), p.contacts())).toList());
        data.put("forecast", f.forecast().stream().map(p -> List.of(p.start().toString(), p.contacts())).toList());
        data.put("adjustments", f.adjustments().stream()
                .map(a -> List.of(a.intervalStart().atZone(time.zone()).toOffsetDateTime().toString(), a.contacts(),
                        a.reason())).toList());
        return data;
    }

    @PostMapping("/adjustments")
    String adjust(@RequestParam String queue, @RequestParam String start, @RequestParam double contacts,
                  @RequestParam String reason, @RequestParam(required = false) String from, RedirectAttributes redirect) {
        var local = LocalDateTime.parse(start);
        try {
            forecasts.adjust(queue, local.atZone(time.zone()).toInstant(), contacts, reason);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/workforce/forecast?queue=" + queue + (from == null ? "" : "&from=" + from);
    }

    @PostMapping("/special-days")
    String addSpecialDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                         @RequestParam Forecasts.SpecialDayKind kind,
                         @RequestParam(required = false) DayOfWeek behavesLike,
                         @RequestParam(defaultValue = "1") double factor,
                         @RequestParam(required = false) String queue, @RequestParam(required = false) String note,
                         RedirectAttributes redirect) {
        try {
            forecasts.addSpecialDay(day, kind, behavesLike, factor, queue, note);
            redirect.addFlashAttribute("saved", true);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/workforce/forecast";
    }

    @PostMapping("/special-days/{id}/delete")
    String removeSpecialDay(@PathVariable long id) {
        forecasts.removeSpecialDay(id);
        return "redirect:/workforce/forecast";
    }

    @PostMapping("/import")
    String importHistory(@RequestParam Forecasts.ImportFormat format, @RequestParam MultipartFile file,
                         @RequestParam(required = false) String queue,
                         @RequestParam(defaultValue = "30") int intervalMinutes, RedirectAttributes redirect)
            throws IOException {
        try {
            var result = forecasts.importHistory(format, file.getBytes(), queue, intervalMinutes);
            redirect.addFlashAttribute("imported", result);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/workforce/forecast";
    }
}
