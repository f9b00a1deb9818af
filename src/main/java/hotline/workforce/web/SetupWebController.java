package hotline.workforce.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.time.CenterTime;
import hotline.workforce.Schedules;
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

import java.time.LocalDate;
import java.time.LocalTime;

/** The inputs of scheduling: shift templates, contracts, agents' contracts and preferences, leave and availability. */
@Controller
@RequestMapping("/workforce/setup")
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
class SetupWebController {

    private final Schedules schedules;
    private final CenterTime time;

    SetupWebController(Schedules schedules, CenterTime time) {
        this.schedules = schedules;
        this.time = time;
    }

    @GetMapping
    String setup(Model model) {
        model.addAttribute("templates", schedules.templates());
        model.addAttribute("contracts", schedules.contracts());
        model.addAttribute("agents", schedules.agentContracts());
        model.addAttribute("availability", schedules.availability(time.today(), time.today().plusWeeks(6)));
        model.addAttribute("availabilityKinds", Schedules.AvailabilityKind.values());
        return "workforce/setup";
    }

    @PostMapping("/templates")
    String saveTemplate(@RequestParam(required = false) Long id, @RequestParam String code, @RequestParam String name,
                        @RequestParam LocalTime earliestStart, @RequestParam LocalTime latestStart,
                        @RequestParam(defaultValue = "30") int startStepMinutes, @RequestParam int lengthMinutes,
                        @RequestParam(defaultValue = "0") int mealMinutes, @RequestParam(defaultValue = "0") int breakMinutes,
                        @RequestParam(required = false) String requiredSkill,
                        @RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) Long version,
                        RedirectAttributes redirect) {
        return run(redirect, () -> schedules.saveTemplate(new Schedules.TemplateForm(id, code, name, earliestStart,
                latestStart, startStepMinutes, lengthMinutes, mealMinutes, breakMinutes, requiredSkill, active, version)));
    }

    @PostMapping("/contracts")
    String saveContract(@RequestParam String code, @RequestParam String name, @RequestParam double hoursPerWeek,
                        @RequestParam double minRestHours, @RequestParam int maxConsecutiveDays,
                        @RequestParam int minDaysOffPerWeek, @RequestParam(required = false) Long version,
                        RedirectAttributes redirect) {
        return run(redirect, () -> schedules.saveContract(new Schedules.ContractView(null, code, name,
                (int) Math.round(hoursPerWeek * 60), (int) Math.round(minRestHours * 60), maxConsecutiveDays,
                minDaysOffPerWeek, version)));
    }

    @PostMapping("/agents/{userId}")
    String assign(@PathVariable long userId, @RequestParam String contractCode,
                  @RequestParam(defaultValue = "false") boolean avoidNights, RedirectAttributes redirect) {
        return run(redirect, () -> schedules.assignContract(userId, contractCode, avoidNights));
    }

    @PostMapping("/availability")
    String availability(@RequestParam long userId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                        @RequestParam Schedules.AvailabilityKind kind, @RequestParam(required = false) String note,
                        RedirectAttributes redirect) {
        return run(redirect, () -> schedules.setAvailability(userId, day, kind, note));
    }

    @PostMapping("/availability/{id}/delete")
    String clear(@PathVariable long id, RedirectAttributes redirect) {
        return run(redirect, () -> schedules.clearAvailability(id));
    }

    private String run(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/workforce/setup";
    }
}
