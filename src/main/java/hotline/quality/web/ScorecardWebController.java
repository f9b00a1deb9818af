package hotline.quality.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.platform.web.Forms;
import hotline.quality.FatalMode;
import hotline.quality.ItemType;
import hotline.quality.Scorecards;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scorecard editor: the draft as one form whose buttons add and remove sections and items or save it; publishing
 * freezes the saved draft as the next version. Inspectors read; supervisors (QA leads) edit.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA')")
class ScorecardWebController {

    private final Scorecards scorecards;
    private final CenterTime time;
    private final MessageSource messages;

    ScorecardWebController(Scorecards scorecards, CenterTime time, MessageSource messages) {
        this.scorecards = scorecards;
        this.time = time;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("zone", time.zone());
        model.addAttribute("itemTypes", ItemType.values());
        model.addAttribute("fatalModes", FatalMode.values());
        model.addAttribute("editor", CurrentUser.require().has(Role.SUPERVISOR));
    }

    @GetMapping("/quality/scorecards")
    String list(Model model) {
        model.addAttribute("scorecards", scorecards.list());
        return "quality/scorecards";
    }

    @PostMapping("/quality/scorecards")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                  Model model, HttpServletResponse response) {
        try {
            var created = scorecards.create(new Scorecards.NewScorecard(Pages.required(code, "code"),
                    Pages.required(name, "name"), null, null));
            return "redirect:/quality/scorecards/" + created.id();
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("error", ProblemText.of(e));
            return list(model);
        }
    }

    @GetMapping("/quality/scorecards/{id}")
    String edit(@PathVariable long id, Model model) {
        var card = scorecards.get(id);
        model.addAttribute("card", card);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ScorecardForm.of(card));
        }
        return "quality/scorecard";
    }

    /**
     * One handler for the editor's buttons: {@code op} is {@code save}, {@code add-section}, {@code add-item:S},
     * {@code remove-item:S:I} or {@code remove-section:S}. Only {@code save} stores the draft; the others re-render
     * the form with the change so nothing typed is lost.
     */
    @PostMapping("/quality/scorecards/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String change(@PathVariable long id, @ModelAttribute("form") ScorecardForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String op, Model model, HttpServletResponse response) {
        var parts = op.split(":");
        switch (parts[0]) {
            case "add-section" -> {
                var section = new ScorecardForm.SectionForm();
                section.getItems().add(new ScorecardForm.ItemForm());
                form.getSections().add(section);
            }
            case "add-item" -> form.getSections().get(Integer.parseInt(parts[1])).getItems()
                    .add(new ScorecardForm.ItemForm());
            case "remove-item" -> form.getSections().get(Integer.parseInt(parts[1])).getItems()
                    .remove(Integer.parseInt(parts[2]));
            case "remove-section" -> form.getSections().remove(Integer.parseInt(parts[1]));
            default -> {
                if (!result.hasErrors()) {
                    try {
                        scorecards.saveDraft(id, new Scorecards.DraftChange(form.getVersion(), form.getName(),
                                form.getDescription(), form.content()));
                        return "redirect:/quality/scorecards/" + id + "?saved";
                    } catch (InvalidInputException e) {
                        Forms.reject(result, e);
                    } catch (ConflictException e) {
                        result.reject("stale", msg("common.stale"));
                    } catch (jakarta.validation.ConstraintViolationException e) {
                        e.getConstraintViolations().forEach(v -> result.reject("invalid",
                                v.getPropertyPath().toString().replaceFirst("^saveDraft\\.change\\.", "") + ": "
                                        + v.getMessage()));
                    }
                }
                response.setStatus(400);
            }
        }
        model.addAttribute("card", scorecards.get(id));
        return "quality/scorecard";
    }

    @PostMapping("/quality/scorecards/{id}/publish")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String publish(@PathVariable long id, @RequestParam long version) {
        var published = scorecards.publish(id, version);
        return "redirect:/quality/scorecards/" + id + "?published=" + published.number();
    }

    @GetMapping("/quality/scorecard-versions/{versionId}")
    String version(@PathVariable long versionId, Model model) {
        model.addAttribute("version", scorecards.version(versionId));
        return "quality/scorecard-version";
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
