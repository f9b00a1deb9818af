package hotline.incident.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.incident.Bulletins;
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

/** Bulletins for the morning briefing: everyone reads, leads post and remove. */
@Controller
@PreAuthorize("isAuthenticated()")
class BulletinWebController {

    private final Bulletins bulletins;
    private final CenterTime time;

    BulletinWebController(Bulletins bulletins, CenterTime time) {
        this.bulletins = bulletins;
        this.time = time;
    }

    @GetMapping("/bulletins")
    String list(Model model) {
        model.addAttribute("current", bulletins.current());
        model.addAttribute("all", bulletins.all());
        model.addAttribute("today", time.today());
        return "incident/bulletins";
    }

    @PostMapping("/bulletins")
    @PreAuthorize(IncidentRoles.LEADS)
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                  RedirectAttributes redirect) {
        try {
            if (title == null || title.isBlank() || body == null || body.isBlank()) {
                throw InvalidInputException.of("title", "Required", "title and text are required");
            }
            bulletins.create(new Bulletins.BulletinDraft(title, body, validFrom == null ? time.today() : validFrom,
                    validUntil, null));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/bulletins";
    }

    @PostMapping("/bulletins/{id}/delete")
    @PreAuthorize(IncidentRoles.LEADS)
    String delete(@PathVariable long id) {
        bulletins.delete(id);
        return "redirect:/bulletins";
    }
}
