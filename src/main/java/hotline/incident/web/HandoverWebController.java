package hotline.incident.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.incident.HandoverLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.time.CenterTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** The shift handover log: the last week's entries, a form for the outgoing lead, acknowledgement by the incoming. */
@Controller
@PreAuthorize(IncidentRoles.LEADS)
class HandoverWebController {

    private final HandoverLog handover;
    private final CenterTime time;

    HandoverWebController(HandoverLog handover, CenterTime time) {
        this.handover = handover;
        this.time = time;
    }

    @GetMapping("/handover-log")
    String list(Model model) {
        var today = time.today();
        model.addAttribute("entries", handover.list(today.minusDays(7), today));
        model.addAttribute("today", today);
        model.addAttribute("zone", time.zone());
        return "incident/handover";
    }

    @PostMapping("/handover-log")
    String write(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shiftDate,
                 @RequestParam(required = false) String shift, @RequestParam(required = false) String takenOverBy,
                 @RequestParam(required = false) String notes, @RequestParam(required = false) String openIssues,
                 RedirectAttributes redirect) {
        try {
            if (shift == null || shift.isBlank() || notes == null || notes.isBlank()) {
                throw InvalidInputException.of("notes", "Required", "shift and notes are required");
            }
            handover.write(new HandoverLog.HandoverNote(shiftDate == null ? time.today() : shiftDate, shift,
                    takenOverBy, notes, openIssues));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/handover-log";
    }

    @PostMapping("/handover-log/{id}/acknowledge")
    String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
        try {
            handover.acknowledge(id);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/handover-log";
    }
}
