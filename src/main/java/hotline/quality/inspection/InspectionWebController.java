package hotline.quality.inspection;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.telephony.Recordings;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.UUID;

/** The rules page and its editor, and the hits fragment that recording and evaluation pages include. */
@Controller
@PreAuthorize("isAuthenticated()")
class InspectionWebController {

    private final InspectionRules rules;
    private final InspectionService inspection;
    private final Recordings recordings;

    InspectionWebController(InspectionRules rules, InspectionService inspection, Recordings recordings) {
        this.rules = rules;
        this.inspection = inspection;
        this.recordings = recordings;
    }

    @GetMapping("/quality/inspection/rules")
    @PreAuthorize(InspectionRules.READERS)
    String list(Model model) {
        model.addAttribute("rules", rules.list());
        return "quality/inspection/rules";
    }

    @GetMapping("/quality/inspection/rules/new")
    @PreAuthorize(InspectionRules.EDITORS)
    String create(Model model) {
        model.addAttribute("rule", null);
        model.addAttribute("kinds", InspectionRule.Kind.values());
        model.addAttribute("phases", InspectionRule.Phase.values());
        return "quality/inspection/rule-form";
    }

    @GetMapping("/quality/inspection/rules/{id}")
    @PreAuthorize(InspectionRules.READERS)
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("rule", rules.get(id));
        model.addAttribute("kinds", InspectionRule.Kind.values());
        model.addAttribute("phases", InspectionRule.Phase.values());
        return "quality/inspection/rule-form";
    }

    @PostMapping("/quality/inspection/rules")
    @PreAuthorize(InspectionRules.EDITORS)
    String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String code,
                @RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
                @RequestParam(required = false) InspectionRule.Kind kind,
                @RequestParam(defaultValue = "") String phrases, @RequestParam(defaultValue = "AGENT") String speaker,
                @RequestParam(required = false) InspectionRule.Phase phase,
                @RequestParam(defaultValue = "0") int windowSeconds, @RequestParam(defaultValue = "0") double threshold,
                @RequestParam(required = false) String itemCode, @RequestParam(defaultValue = "false") boolean violation,
                @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Integer version,
                RedirectAttributes redirect) {
        var draft = new RuleDraft(code, nameZh, nameEn, kind, Arrays.asList(phrases.split("\\R")), speaker, phase,
                windowSeconds, threshold, itemCode, violation, enabled, version);
        try {
            if (id == null) {
                rules.create(draft);
            } else {
                rules.update(id, draft);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/quality/inspection/rules";
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
            return id == null ? "redirect:/quality/inspection/rules/new" : "redirect:/quality/inspection/rules/" + id;
        }
    }

    @PostMapping("/quality/inspection/rules/{id}/delete")
    @PreAuthorize(InspectionRules.EDITORS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/quality/inspection/rules";
    }

    /**
     * The hits on a contact as a fragment ({@code quality/inspection/hits :: hits}); with {@code player}, each timed
     * hit seeks that recording player ({@code player-<recording id>}).
     */
    @GetMapping("/quality/inspection/contacts/{contactId}/hits")
    String hits(@PathVariable UUID contactId, @RequestParam(required = false) String player, Model model) {
        recordings.forContact(contactId);          // 403 for someone who may not hear the contact
        model.addAttribute("hits", inspection.hits(contactId));
        model.addAttribute("player", player != null && player.matches("player-[0-9a-f-]{36}") ? player : null);
        var names = new HashMap<String, InspectionRule>();
        try {
            rules.list().forEach(rule -> names.put(rule.code(), rule));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // agents may see their hits but not the rule set: the stored (Chinese) names serve
        }
        model.addAttribute("rules", names);
        return "quality/inspection/hits :: hits";
    }
}
