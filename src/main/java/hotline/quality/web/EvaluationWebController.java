package hotline.quality.web;

import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Htmx;
import hotline.quality.CoachingTasks;
import hotline.quality.EvaluationAction;
import hotline.quality.EvaluationStatus;
import hotline.quality.EvaluationView;
import hotline.quality.Evaluations;
import hotline.quality.ItemScore;
import hotline.quality.ScorecardContent;
import hotline.quality.Scorecards;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The evaluation pages: the inspector's queue, the agent's evaluations, the team and center lists, the appeals queue
 * and the evaluation itself — contact, work order, recording and transcript beside the item-by-item score sheet, with
 * the actions the person may take in the current status.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER','QA')")
class EvaluationWebController {

    private final hotline.routing.Routing routing;
    private final Evaluations evaluations;
    private final Scorecards scorecards;
    private final CoachingTasks coaching;
    private final ContactPanel contactPanel;
    private final CenterTime time;

    EvaluationWebController(Evaluations evaluations, Scorecards scorecards, CoachingTasks coaching,
                            ContactPanel contactPanel, CenterTime time, hotline.routing.Routing routing) {
        this.routing = routing;
        this.evaluations = evaluations;
        this.scorecards = scorecards;
        this.coaching = coaching;
        this.contactPanel = contactPanel;
        this.time = time;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("zone", time.zone());
        model.addAttribute("now", time.now());
    }

    @GetMapping("/quality/assignments")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR')")
    String assignments(Model model) {
        model.addAttribute("evaluations", evaluations.myAssignments());
        return "quality/assignments";
    }

    @GetMapping("/quality/my-evaluations")
    @PreAuthorize("hasRole('AGENT')")
    String mine(Model model) {
        model.addAttribute("evaluations", evaluations.mine());
        return "quality/mine";
    }

    @GetMapping("/quality/evaluations")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER','QA')")
    String list(@RequestParam(required = false) EvaluationStatus status,
                @RequestParam(required = false) Long teamId, HttpServletRequest request, Model model) {
        model.addAttribute("evaluations", evaluations.list(
                new Evaluations.Filter(status, null, teamId, null, null, null, 200)));
        model.addAttribute("statuses", EvaluationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("scorecards", scorecards.list().stream().filter(s -> s.current() != null).toList());
        model.addAttribute("supervisor", CurrentUser.require().has(Role.SUPERVISOR));
        return Htmx.view(request, "quality/evaluations", "rows");
    }

    @PostMapping("/quality/evaluations")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String assign(@RequestParam(required = false) String contactId, @RequestParam(required = false) Long scorecardId,
                  @RequestParam(required = false) Long inspectorId, HttpServletRequest request,
                  HttpServletResponse response) {
        UUID contact;
        try {
            contact = UUID.fromString(Pages.required(contactId, "contactId"));
        } catch (IllegalArgumentException e) {
            throw hotline.platform.InvalidInputException.of("contactId", "Uuid", "is not a contact id");
        }
        if (scorecardId == null) {
            throw hotline.platform.InvalidInputException.of("scorecardId", "NotNull", "must not be null");
        }
        var created = evaluations.assign(new Evaluations.NewAssignment(contact, scorecardId, inspectorId, null));
        return Pages.done(request, response, "/quality/evaluations/" + created.id());
    }

    @GetMapping("/quality/appeals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String appeals(Model model) {
        model.addAttribute("evaluations", evaluations.appeals());
        return "quality/appeals";
    }

    @GetMapping("/quality/evaluations/{id}")
    String show(@PathVariable long id, Model model) {
        var evaluation = evaluations.get(id);
        var version = scorecards.version(evaluation.scorecardVersionId());
        model.addAttribute("evaluation", evaluation);
        // inspectors read queues by name (电费咨询); the record keeps the code
        model.addAttribute("queueName", evaluation.queueCode() == null ? null : routing.queues().stream()
                .filter(q -> q.code().equals(evaluation.queueCode())).findFirst().map(q -> q.name())
                .orElse(evaluation.queueCode()));
        model.addAttribute("card", version.content());
        model.addAttribute("scoring", evaluation.can(EvaluationAction.SUBMIT));
        model.addAttribute("arbitrating", evaluation.can(EvaluationAction.ARBITRATE));
        model.addAttribute("coaching", evaluation.kind() == EvaluationView.Kind.REGULAR
                ? coaching.ofEvaluation(id) : List.of());
        var actor = CurrentUser.require();
        model.addAttribute("mayCoach", evaluation.kind() == EvaluationView.Kind.REGULAR
                && evaluation.status().released()
                && (actor.has(Role.SUPERVISOR) || evaluation.inspectorId() == actor.id()));
        model.addAttribute("showInspector", !actor.has(Role.AGENT) || actor.hasAny(Role.SUPERVISOR, Role.QA));
        contactPanel.fill(evaluation, model);
        return "quality/evaluation";
    }

    @PostMapping("/quality/evaluations/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
               HttpServletRequest request, HttpServletResponse response) {
        var act = java.util.Arrays.stream(EvaluationAction.values()).filter(a -> a.path().equals(action)).findFirst()
                .orElseThrow(() -> new NotFoundException("action", action));
        long version = version(form.getFirst("version"));
        switch (act) {
            case SAVE, SUBMIT -> {
                var card = scorecards.version(evaluations.get(id).scorecardVersionId()).content();
                var sheet = new Evaluations.ScoreSheet(version, scores(card, form, false), form.getFirst("comment"));
                if (act == EvaluationAction.SAVE) {
                    evaluations.save(id, sheet);
                } else {
                    evaluations.submit(id, sheet);
                }
            }
            case ACKNOWLEDGE -> evaluations.acknowledge(id, version);
            case APPEAL -> evaluations.appeal(id, new Evaluations.Appeal(version,
                    Pages.required(form.getFirst("reason"), "reason")));
            case ARBITRATE -> {
                var card = scorecards.version(evaluations.get(id).scorecardVersionId()).content();
                evaluations.arbitrate(id, new Evaluations.Arbitration(version, scores(card, form, true),
                        Pages.required(form.getFirst("note"), "note")));
            }
            case REASSIGN -> evaluations.reassign(id, version, Long.parseLong(
                    Pages.required(form.getFirst("inspectorId"), "inspectorId")));
            case CANCEL -> evaluations.cancel(id, version, form.getFirst("reason"));
            default -> throw new NotFoundException("action", action);
        }
        return Pages.done(request, response, "/quality/evaluations/" + id);
    }

    private static long version(String text) {
        try {
            return Long.parseLong(Pages.required(text, "version"));
        } catch (NumberFormatException e) {
            throw hotline.platform.InvalidInputException.of("version", "Number", "must be a number");
        }
    }

    /**
     * The score sheet's fields per item: {@code value.CODE}, {@code na.CODE}, {@code comment.CODE}, {@code at.CODE}.
     * An arbiter's sheet carries only the items they change ({@code change.CODE}).
     */
    static List<ItemScore> scores(ScorecardContent card, MultiValueMap<String, String> form, boolean onlyChanged) {
        var scores = new ArrayList<ItemScore>();
        for (var item : card.items()) {
            String code = item.code();
            if (onlyChanged && form.getFirst("change." + code) == null) {
                continue;
            }
            boolean na = "true".equals(form.getFirst("na." + code)) || "on".equals(form.getFirst("na." + code));
            String raw = form.getFirst("value." + code);
            Double value = null;
            if (!na && raw != null && !raw.isBlank()) {
                try {
                    value = Double.parseDouble(raw.strip());
                } catch (NumberFormatException e) {
                    throw hotline.platform.InvalidInputException.of("scores[" + code + "]", "Number",
                            "must be a number");
                }
            }
            String comment = form.getFirst("comment." + code);
            scores.add(new ItemScore(code, value, na, comment == null || comment.isBlank() ? null : comment.strip(),
                    Pages.millis(form.getFirst("at." + code), "at." + code)));
        }
        return scores;
    }
}
