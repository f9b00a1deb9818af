package hotline.knowledge.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.knowledge.Categories;
import hotline.knowledge.Scripts;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scripts (话术): everyone reads them and previews them with a contact's values; editors write them. Context values
 * arrive as {@code ctx[customer.name]=王先生}, as the agent desktop will send them.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ScriptWebController {

    private final Scripts scripts;
    private final Categories categories;

    ScriptWebController(Scripts scripts, Categories categories) {
        this.scripts = scripts;
        this.categories = categories;
    }

    @GetMapping("/knowledge/scripts")
    String list(Model model) {
        model.addAttribute("scripts", scripts.list());
        model.addAttribute("categories", categories.tree());
        return "knowledge/scripts";
    }

    @GetMapping("/knowledge/scripts/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        var script = scripts.get(id);
        var context = context(request);
        model.addAttribute("script", script);
        model.addAttribute("context", context);
        model.addAttribute("rendered", scripts.render(id, context));
        model.addAttribute("categories", categories.tree());
        return hotline.platform.web.Htmx.view(request, "knowledge/script", "rendered");
    }

    @PostMapping("/knowledge/scripts")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long categoryId,
                  @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            var created = scripts.create(new Scripts.ScriptDraft(require(name, "name"), categoryId, require(body, "body"), null));
            return "redirect:/knowledge/scripts/" + created.id();
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
            return "redirect:/knowledge/scripts";
        }
    }

    @PostMapping("/knowledge/scripts/{id}")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    String update(@PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Long categoryId, @RequestParam(required = false) String body,
                  @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        try {
            scripts.update(id, new Scripts.ScriptDraft(require(name, "name"), categoryId, require(body, "body"), version));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/knowledge/scripts/" + id;
    }

    @PostMapping("/knowledge/scripts/{id}/delete")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    String delete(@PathVariable long id) {
        scripts.delete(id);
        return "redirect:/knowledge/scripts";
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "NotBlank", "is required");
        }
        return value;
    }

    static Map<String, String> context(HttpServletRequest request) {
        var context = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((key, values) -> {
            if (key.startsWith("ctx[") && key.endsWith("]") && values.length > 0 && !values[0].isBlank()) {
                context.put(key.substring(4, key.length() - 1), values[0].strip());
            }
        });
        return context;
    }
}
