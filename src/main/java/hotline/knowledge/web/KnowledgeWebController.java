package hotline.knowledge.web;

import hotline.knowledge.Articles;
import hotline.knowledge.Categories;
import hotline.knowledge.KnowledgeSearch;
import hotline.knowledge.SearchQuery;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What agents use: instant search with highlights and a category filter, the article as published, suggestions. */
@Controller
@PreAuthorize("isAuthenticated()")
class KnowledgeWebController {

    private final KnowledgeSearch search;
    private final Articles articles;
    private final Categories categories;

    KnowledgeWebController(KnowledgeSearch search, Articles articles, Categories categories) {
        this.search = search;
        this.articles = articles;
        this.categories = categories;
    }

    @GetMapping("/knowledge")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long categoryId,
                  HttpServletRequest request, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("categories", categories.tree());
        model.addAttribute("hits", text.isEmpty() || text.length() > 500 ? List.of()
                : search.search(new SearchQuery(text, categoryId, null, 20)));
        return Htmx.view(request, "knowledge/search", "results");
    }

    /**
     * Articles like a free text (a fragment): {@code text}, or the title and description an agent is typing into the
     * intake form, which sends its own fields.
     */
    @GetMapping("/knowledge/suggestions")
    String suggestions(@RequestParam(required = false) String text, @RequestParam(required = false) String title,
                       @RequestParam(required = false) String description, Model model) {
        String given = (text != null ? text : String.join(" ", title == null ? "" : title,
                description == null ? "" : description)).strip();
        model.addAttribute("hits", given.length() < 4 || given.length() > 5000 ? List.of() : search.suggestions(given, 5));
        return "knowledge/search :: suggestions";
    }

    @GetMapping("/knowledge/articles/{id}")
    String article(@PathVariable long id, Model model) {
        var article = articles.published(id);
        model.addAttribute("article", article);
        model.addAttribute("category", categories.get(article.categoryId()));
        model.addAttribute("attachments", articles.attachments(id));
        return "knowledge/article";
    }

    @GetMapping("/knowledge/articles/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        var file = articles.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(safeType(file.attachment().contentType()))
                .body(file.content());
    }

    /** Files are downloads, never rendered in the console's origin (no HTML or script from an upload). */
    private static MediaType safeType(String type) {
        try {
            var media = MediaType.parseMediaType(type);
            return media.getType().equals("image") && !media.getSubtype().contains("svg")
                    || media.equals(MediaType.APPLICATION_PDF) ? media : MediaType.APPLICATION_OCTET_STREAM;
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
