package hotline.knowledge.web;

import hotline.platform.web.ProblemText;
import jakarta.validation.ConstraintViolationException;
import hotline.knowledge.ArticleContent;
import hotline.knowledge.ArticleKind;
import hotline.knowledge.ArticleQuery;
import hotline.knowledge.ArticleStatus;
import hotline.knowledge.ArticleView;
import hotline.knowledge.Articles;
import hotline.knowledge.Categories;
import hotline.knowledge.Decision;
import hotline.knowledge.TextDiff;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Editors write articles and FAQ pairs, save revisions, compare them, attach files and send them for review;
 * approvers decide from the same page or from the review queue.
 */
@Controller
@PreAuthorize(KnowledgeRoles.EDITORS)
class ArticleEditorController {

    private final Articles articles;
    private final Categories categories;

    ArticleEditorController(Articles articles, Categories categories) {
        this.articles = articles;
        this.categories = categories;
    }

    /** The editor's form; {@code version} is the one the editor read. */
    record Form(ArticleKind kind, Long categoryId, String title, String body, String keywords,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, String note, Long version) {

        static Form empty() {
            return new Form(ArticleKind.ARTICLE, null, "", "", "", null, null, "", null);
        }

        static Form of(ArticleView a) {
            return new Form(a.kind(), a.categoryId(), a.title(), a.body(), a.keywords(), a.validFrom(), a.validUntil(),
                    "", a.version());
        }

        ArticleContent content() {
            return new ArticleContent(kind == null ? ArticleKind.ARTICLE : kind, categoryId, title, body, keywords,
                    validFrom, validUntil, note, version);
        }
    }

    @GetMapping("/knowledge/editor")
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) ArticleStatus status, HttpServletRequest request, Model model) {
        model.addAttribute("articles", articles.list(new ArticleQuery(text, categoryId, status, 200)));
        model.addAttribute("categories", categories.tree());
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("text", text);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("status", status);
        return Htmx.view(request, "knowledge/editor-list", "rows");
    }

    @GetMapping("/knowledge/review")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    String review(Model model) {
        model.addAttribute("articles", articles.list(ArticleQuery.inReview()));
        return "knowledge/review";
    }

    @GetMapping("/knowledge/editor/new")
    String newArticle(Model model) {
        return form(model, Form.empty(), null, null);
    }

    @PostMapping("/knowledge/editor")
    String create(Form form, Model model, RedirectAttributes redirect) {
        try {
            var created = articles.create(form.content());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/knowledge/editor/" + created.id();
        } catch (InvalidInputException | ConstraintViolationException e) {
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/knowledge/editor/{id}")
    String edit(@PathVariable long id, Model model) {
        var article = articles.get(id);
        return form(model, Form.of(article), article, null);
    }

    @PostMapping("/knowledge/editor/{id}")
    String save(@PathVariable long id, Form form, Model model, RedirectAttributes redirect) {
        try {
            articles.edit(id, form.content());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/knowledge/editor/" + id;
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            return form(model, form, articles.get(id), ProblemText.of(e));
        }
    }

    @PostMapping("/knowledge/editor/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> articles.submit(id, new Decision(version, null)));
    }

    @PostMapping("/knowledge/editor/{id}/approve")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        return step(id, redirect, () -> articles.approve(id, new Decision(version, note)));
    }

    @PostMapping("/knowledge/editor/{id}/reject")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        return step(id, redirect, () -> articles.reject(id, new Decision(version, note)));
    }

    @PostMapping("/knowledge/editor/{id}/expire")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    String expire(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> articles.expire(id, new Decision(version, null)));
    }

    private String step(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", ProblemText.of(e));
        }
        return "redirect:/knowledge/editor/" + id;
    }

    @GetMapping("/knowledge/editor/{id}/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        var before = articles.revision(id, from);
        var after = articles.revision(id, to);
        model.addAttribute("article", articles.get(id));
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("titleDiff", TextDiff.between(before.title(), after.title()));
        model.addAttribute("bodyDiff", TextDiff.between(before.body(), after.body()));
        model.addAttribute("keywordsDiff", TextDiff.between(before.keywords(), after.keywords()));
        return "knowledge/diff";
    }

    @PostMapping("/knowledge/editor/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "NotEmpty", "choose a file");
            }
            articles.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConstraintViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/knowledge/editor/" + id;
    }

    @PostMapping("/knowledge/editor/{id}/attachments/{attachmentId}/delete")
    String detach(@PathVariable long id, @PathVariable long attachmentId) {
        articles.deleteAttachment(id, attachmentId);
        return "redirect:/knowledge/editor/" + id;
    }

    private String form(Model model, Form form, ArticleView article, String error) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("error", error);
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("categories", categories.tree());
        if (article != null) {
            model.addAttribute("revisions", articles.revisions(article.id()));
            model.addAttribute("attachments", articles.attachments(article.id()));
            model.addAttribute("canSubmit", article.status().allows(ArticleStatus.Action.SUBMIT));
            model.addAttribute("canDecide", article.status().allows(ArticleStatus.Action.APPROVE));
            model.addAttribute("canExpire", article.status().allows(ArticleStatus.Action.EXPIRE));
            model.addAttribute("canEdit", article.status().allows(ArticleStatus.Action.EDIT));
        }
        return "knowledge/editor";
    }
}
