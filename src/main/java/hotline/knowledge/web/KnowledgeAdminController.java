package hotline.knowledge.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.knowledge.Categories;
import hotline.knowledge.Synonyms;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The category tree and the synonym groups, administered by supervisors, managers and administrators. */
@Controller
@PreAuthorize(KnowledgeRoles.ADMINS)
class KnowledgeAdminController {

    private final Categories categories;
    private final Synonyms synonyms;

    KnowledgeAdminController(Categories categories, Synonyms synonyms) {
        this.categories = categories;
        this.synonyms = synonyms;
    }

    @GetMapping("/knowledge/categories")
    String categories(Model model) {
        model.addAttribute("categories", categories.tree());
        return "knowledge/categories";
    }

    @PostMapping("/knowledge/categories")
    String createCategory(@RequestParam(required = false) Long parentId, @RequestParam(required = false) String name,
                          @RequestParam(defaultValue = "0") int position, RedirectAttributes redirect) {
        return act(redirect, "/knowledge/categories", () -> categories.create(parentId, name, position));
    }

    @PostMapping("/knowledge/categories/{id}")
    String updateCategory(@PathVariable long id, @RequestParam(required = false) Long parentId,
                          @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int position,
                          @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(redirect, "/knowledge/categories", () -> categories.update(id, parentId, name, position, version));
    }

    @PostMapping("/knowledge/categories/{id}/delete")
    String deleteCategory(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/knowledge/categories", () -> categories.delete(id));
    }

    @GetMapping("/knowledge/synonyms")
    String synonyms(Model model) {
        model.addAttribute("groups", synonyms.list());
        return "knowledge/synonyms";
    }

    @PostMapping("/knowledge/synonyms")
    String addSynonyms(@RequestParam(required = false) String terms, RedirectAttributes redirect) {
        return act(redirect, "/knowledge/synonyms", () -> synonyms.add(terms == null ? List.of() : List.of(terms)));
    }

    @PostMapping("/knowledge/synonyms/{id}/delete")
    String deleteSynonyms(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/knowledge/synonyms", () -> synonyms.delete(id));
    }

    private static String act(RedirectAttributes redirect, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:" + back;
    }
}
