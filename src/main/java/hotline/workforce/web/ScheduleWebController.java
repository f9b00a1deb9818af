package hotline.workforce.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.export.ExcelExport;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.workforce.Forecasts;
import hotline.workforce.Schedules;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Schedule builder: create from the forecasts, solve with live progress, stop, explain, publish, roster, export. */
@Controller
@RequestMapping("/workforce/schedules")
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
class ScheduleWebController {

    private final Schedules schedules;
    private final Forecasts forecasts;
    private final CenterTime time;
    private final MessageSource messages;
    private final JsonMapper json;

    ScheduleWebController(Schedules schedules, Forecasts forecasts, CenterTime time, MessageSource messages,
                          JsonMapper json) {
        this.schedules = schedules;
        this.forecasts = forecasts;
        this.time = time;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("schedules", schedules.list());
        model.addAttribute("queues", forecasts.queues());
        model.addAttribute("nextMonday", time.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        return "workforce/schedules";
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                  @RequestParam int weeks, @RequestParam(required = false) List<String> queues,
                  RedirectAttributes redirect) {
        try {
            var created = schedules.create(new Schedules.NewSchedule(name, firstDay, weeks,
                    queues == null ? List.of() : queues));
            return "redirect:/workforce/schedules/" + created.id();
        } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/workforce/schedules";
        }
    }

    @GetMapping("/{id}")
    String builder(@PathVariable long id, Model model) {
        var schedule = schedules.get(id);
        model.addAttribute("schedule", schedule);
        model.addAttribute("progress", schedules.progress(id));
        model.addAttribute("violations", schedules.explain(id));
        model.addAttribute("roster", roster(schedule, schedules.shifts(id)));
        model.addAttribute("days", days(schedule));
        var coverage = schedules.coverage(id);
        var chart = new LinkedHashMap<String, Object>();
        chart.put("required", coverage.stream().map(c -> List.of(c.start().atZone(time.zone()).toOffsetDateTime().toString(), c.required())).toList());
        chart.put("covered", coverage.stream().map(c -> List.of(c.start().atZone(time.zone()).toOffsetDateTime().toString(), c.covered())).toList());
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "workforce/schedule";
    }

    /** Polled by the builder while the solver runs; tells the page to reload once the solve has ended. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, HttpServletRequest request, Model model,
                    jakarta.servlet.http.HttpServletResponse response) {
        var progress = schedules.progress(id);
        model.addAttribute("schedule", schedules.get(id));
        model.addAttribute("progress", progress);
        if (Htmx.isHtmx(request) && !progress.solving() && "true".equals(request.getParameter("watching"))) {
            response.setHeader("HX-Refresh", "true");
        }
        return Htmx.view(request, "workforce/schedule-progress", "progress");
    }

    @PostMapping("/{id}/solve")
    String solve(@PathVariable long id, @RequestParam(defaultValue = "60") int seconds, RedirectAttributes redirect) {
        try {
            schedules.solve(id, seconds);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/workforce/schedules/" + id;
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id) {
        schedules.stop(id);
        return "redirect:/workforce/schedules/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            schedules.publish(id, version);
            redirect.addFlashAttribute("published", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/workforce/schedules/" + id;
    }

    @GetMapping("/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id) {
        var schedule = schedules.get(id);
        var shifts = schedules.shifts(id);
        var zone = time.zone();
        List<ExcelExport.Column<Schedules.ShiftView>> columns = List.of(
                new ExcelExport.Column<>(msg("workforce.roster.agent"), Schedules.ShiftView::displayName),
                new ExcelExport.Column<>(msg("workforce.roster.day"), Schedules.ShiftView::day),
                new ExcelExport.Column<>(msg("workforce.roster.shift"), Schedules.ShiftView::templateCode),
                new ExcelExport.Column<>(msg("workforce.roster.start"), Schedules.ShiftView::startsAt),
                new ExcelExport.Column<>(msg("workforce.roster.end"), Schedules.ShiftView::endsAt),
                new ExcelExport.Column<>(msg("workforce.roster.paidHours"), s -> s.paidMinutes() / 60.0),
                new ExcelExport.Column<>(msg("workforce.roster.pauses"), Schedules.ShiftView::pauses));
        return ExcelExport.download("roster-" + schedule.firstDay(), msg("workforce.roster.title"), columns,
                shifts::forEach, zone);
    }

    record RosterRow(long userId, String name, Map<LocalDate, Schedules.ShiftView> shifts, int paidMinutes) {
    }

    private List<RosterRow> roster(Schedules.ScheduleView schedule, List<Schedules.ShiftView> shifts) {
        var byAgent = new TreeMap<String, RosterRow>();
        for (var s : shifts) {
            var row = byAgent.computeIfAbsent(s.displayName() + "#" + s.userId(),
                    k -> new RosterRow(s.userId(), s.displayName(), new LinkedHashMap<>(), 0));
            row.shifts().put(s.day(), s);
        }
        var rows = new ArrayList<RosterRow>();
        byAgent.values().forEach(r -> rows.add(new RosterRow(r.userId(), r.name(), r.shifts(),
                r.shifts().values().stream().mapToInt(Schedules.ShiftView::paidMinutes).sum())));
        return rows;
    }

    static List<LocalDate> days(Schedules.ScheduleView schedule) {
        var days = new ArrayList<LocalDate>();
        for (var d = schedule.firstDay(); !d.isAfter(schedule.lastDay()); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
