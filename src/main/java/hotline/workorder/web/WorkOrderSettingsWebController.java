package hotline.workorder.web;

import hotline.platform.web.ProblemText;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.workorder.Category;
import hotline.workorder.TimeLimit;
import hotline.workorder.TimeLimitRule;
import hotline.workorder.TypePolicy;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderSettings;
import hotline.workorder.WorkOrderType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for categories, loop policies and time limits. */
@Controller
@RequestMapping("/admin/work-order-settings")
@PreAuthorize("hasRole('ADMIN')")
class WorkOrderSettingsWebController {

    private final WorkOrderSettings settings;

    WorkOrderSettingsWebController(WorkOrderSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("types", WorkOrderType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("units", TimeLimit.Unit.values());
        model.addAttribute("policies", settings.typePolicies());
        model.addAttribute("limits", settings.timeLimits());
        model.addAttribute("categories", settings.allCategories());
        return "workorder/settings";
    }

    @PostMapping("/policies/{type}")
    String savePolicy(@PathVariable WorkOrderType type, @RequestParam(defaultValue = "false") boolean callbackRequired,
                      @RequestParam(defaultValue = "false") boolean onSpotCallback, @RequestParam int maxCallbackAttempts,
                      @RequestParam int duplicateWindowHours, @RequestParam long version, RedirectAttributes redirect) {
        return saved(redirect, () -> settings.saveTypePolicy(new TypePolicy(type, callbackRequired, onSpotCallback,
                maxCallbackAttempts, duplicateWindowHours, version)));
    }

    @PostMapping("/time-limits")
    String saveLimit(@RequestParam(required = false) Long id, @RequestParam WorkOrderType type,
                     @RequestParam(required = false) Long categoryId, @RequestParam(required = false) Urgency urgency,
                     @RequestParam int signOffAmount, @RequestParam TimeLimit.Unit signOffUnit,
                     @RequestParam int handleAmount, @RequestParam TimeLimit.Unit handleUnit,
                     @RequestParam int callbackAmount, @RequestParam TimeLimit.Unit callbackUnit,
                     @RequestParam(defaultValue = "0") long version, RedirectAttributes redirect) {
        return saved(redirect, () -> settings.saveTimeLimit(new TimeLimitRule(id, type, categoryId, urgency,
                limit(signOffAmount, signOffUnit, "signOffAmount"), limit(handleAmount, handleUnit, "handleAmount"),
                limit(callbackAmount, callbackUnit, "callbackAmount"), version)));
    }

    @PostMapping("/time-limits/{id}/delete")
    String deleteLimit(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, () -> settings.deleteTimeLimit(id));
    }

    @PostMapping("/categories")
    String saveCategory(@RequestParam(required = false) Long id, @RequestParam WorkOrderType type,
                        @RequestParam(required = false) Long parentId, @RequestParam String code,
                        @RequestParam String name, @RequestParam(required = false) String nameEn,
                        @RequestParam(defaultValue = "0") int sortOrder,
                        @RequestParam(defaultValue = "false") boolean active,
                        @RequestParam(defaultValue = "0") long version, RedirectAttributes redirect) {
        if (code == null || !code.matches("^[a-z0-9][a-z0-9-]{0,39}$")) {
            redirect.addFlashAttribute("error", "code: a-z, 0-9 and -, at most 40");
            return "redirect:/admin/work-order-settings#categories";
        }
        if (name == null || name.isBlank() || name.length() > 60) {
            redirect.addFlashAttribute("error", "name: 1 to 60 characters");
            return "redirect:/admin/work-order-settings#categories";
        }
        return saved(redirect, () -> settings.saveCategory(new Category(id, type, parentId, code, name, nameEn,
                sortOrder, id == null || active, version)));
    }

    private static TimeLimit limit(int amount, TimeLimit.Unit unit, String field) {
        if (amount < 1 || amount > 10_000) {
            throw InvalidInputException.of(field, "Range", "must be between 1 and 10000");
        }
        return new TimeLimit(amount, unit);
    }

    private static String saved(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/admin/work-order-settings";
    }
}
