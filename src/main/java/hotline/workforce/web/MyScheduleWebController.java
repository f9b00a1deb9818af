package hotline.workforce.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.time.CenterTime;
import hotline.workforce.Schedules;
import hotline.workforce.ShiftRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** 我的排班: an agent's own published shifts for this and the next weeks, and their swap and leave requests. */
@Controller
@RequestMapping("/workforce/my-schedule")
@PreAuthorize("hasRole('AGENT')")
class MyScheduleWebController {

    private final Schedules schedules;
    private final ShiftRequests requests;
    private final CenterTime time;

    MyScheduleWebController(Schedules schedules, ShiftRequests requests, CenterTime time) {
        this.schedules = schedules;
        this.requests = requests;
        this.time = time;
    }

    @GetMapping
    String mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                Model model) {
        var monday = (from == null ? time.today() : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("from", monday);
        model.addAttribute("shifts", schedules.mine(monday, monday.plusDays(27)));
        model.addAttribute("requests", requests.mine());
        model.addAttribute("kinds", ShiftRequests.Kind.values());
        model.addAttribute("today", time.today());
        model.addAttribute("zone", time.zone());
        return "workforce/my-schedule";
    }

    @PostMapping("/requests")
    String request(@RequestParam ShiftRequests.Kind kind, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @RequestParam(required = false) Long counterpartId, @RequestParam String reason,
                   RedirectAttributes redirect) {
        try {
            requests.request(new ShiftRequests.NewShiftRequest(kind, day, counterpartId, reason));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/workforce/my-schedule";
    }

    @PostMapping("/requests/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            requests.cancel(id);
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/workforce/my-schedule";
    }
}
