package hotline.workforce.web;

import hotline.platform.web.Htmx;
import hotline.workforce.StaffingCalculator;
import hotline.workforce.StaffingCalculator.StaffingQuestion;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;

/** What-if staffing: the calculator with a table of what each head count around the answer would deliver. */
@Controller
@RequestMapping("/workforce/staffing")
@PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','ADMIN')")
class StaffingWebController {

    private final StaffingCalculator staffing;

    StaffingWebController(StaffingCalculator staffing) {
        this.staffing = staffing;
    }

    @GetMapping
    String calculator(@RequestParam(defaultValue = "100") double contacts,
                      @RequestParam(defaultValue = "30") int intervalMinutes,
                      @RequestParam(defaultValue = "180") double ahtSeconds,
                      @RequestParam(defaultValue = "0.8") double serviceLevel,
                      @RequestParam(defaultValue = "20") double targetSeconds,
                      @RequestParam(required = false) Double asaSeconds,
                      @RequestParam(required = false) Double patienceSeconds,
                      @RequestParam(required = false) Double maxOccupancy,
                      @RequestParam(defaultValue = "0.3") double shrinkage,
                      @RequestParam(required = false) String queue,
                      HttpServletRequest request, Model model) {
        var question = new StaffingQuestion(contacts, intervalMinutes, ahtSeconds, serviceLevel, targetSeconds,
                asaSeconds, patienceSeconds, maxOccupancy, shrinkage);
        model.addAttribute("q", question);
        try {
            var answer = staffing.calculate(question);
            model.addAttribute("answer", answer);
            var whatIf = new ArrayList<StaffingCalculator.StaffingAnswer>();
            for (int n = Math.max(1, answer.agents() - 3); n <= answer.agents() + 4; n++) {
                whatIf.add(staffing.evaluate(question, n));
            }
            model.addAttribute("whatIf", whatIf);
        } catch (RuntimeException e) {
            model.addAttribute("error", e.getMessage());
        }
        if (queue != null && !queue.isBlank()) {
            model.addAttribute("settings", staffing.settings(queue));
            model.addAttribute("patience", staffing.patienceSeconds(queue));
        }
        return Htmx.view(request, "workforce/staffing", "result");
    }

    @PostMapping("/settings")
    String saveSettings(@RequestParam String queue, @RequestParam int intervalMinutes, @RequestParam double serviceLevel,
                        @RequestParam int targetSeconds, @RequestParam(required = false) Double maxOccupancy,
                        @RequestParam double shrinkage, @RequestParam(defaultValue = "false") boolean erlangA,
                        @RequestParam long version, RedirectAttributes redirect) {
        staffing.saveSettings(new StaffingCalculator.QueueSettings(queue, intervalMinutes, serviceLevel, targetSeconds,
                maxOccupancy, shrinkage, erlangA, version));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/workforce/staffing?queue=" + queue;
    }
}
