package hotline.quality.web;

import hotline.platform.InvalidInputException;
import hotline.platform.security.CurrentUser;
import hotline.platform.time.CenterTime;
import hotline.quality.CoachingTasks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** Coaching tasks: the lead's list with the form to record the outcome; created from an evaluation's page. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA')")
class CoachingWebController {

    private final CoachingTasks coaching;
    private final CenterTime time;

    CoachingWebController(CoachingTasks coaching, CenterTime time) {
        this.coaching = coaching;
        this.time = time;
    }

    @GetMapping("/quality/coaching")
    String list(@RequestParam(required = false) CoachingTasks.Status status, Model model) {
        model.addAttribute("tasks", coaching.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CoachingTasks.Status.values());
        model.addAttribute("me", CurrentUser.require().id());
        model.addAttribute("zone", time.zone());
        return "quality/coaching";
    }

    @PostMapping("/quality/coaching")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
    String create(@RequestParam(required = false) Long evaluationId, @RequestParam(required = false) String focus,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  HttpServletRequest request, HttpServletResponse response) {
        if (evaluationId == null) {
            throw InvalidInputException.of("evaluationId", "NotNull", "must not be null");
        }
        coaching.create(new CoachingTasks.NewTask(evaluationId, Pages.required(focus, "focus"), dueDate));
        return Pages.done(request, response, "/quality/evaluations/" + evaluationId);
    }

    @PostMapping("/quality/coaching/{id}/done")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR')")
    String done(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String outcome,
                HttpServletRequest request, HttpServletResponse response) {
        coaching.complete(id, new CoachingTasks.Completion(version, Pages.required(outcome, "outcome")));
        return Pages.done(request, response, "/quality/coaching");
    }
}
