package hotline.knowledge.web;

import hotline.knowledge.ArticleContent;
import hotline.knowledge.ArticleQuery;
import hotline.knowledge.ArticleRevision;
import hotline.knowledge.ArticleStatus;
import hotline.knowledge.ArticleView;
import hotline.knowledge.Articles;
import hotline.knowledge.Decision;
import hotline.knowledge.KnowledgeSearch;
import hotline.knowledge.SearchHit;
import hotline.knowledge.SearchQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Knowledge", description = "Search, suggestions and the article workflow (draft → review → published → expired)")
@RestController
@Validated
@RequestMapping("/api/v1/knowledge")
@PreAuthorize("isAuthenticated()")
class KnowledgeRestController {

    private final KnowledgeSearch search;
    private final Articles articles;

    KnowledgeRestController(KnowledgeSearch search, Articles articles) {
        this.search = search;
        this.articles = articles;
    }

    /** One ranked answer; {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}. */
    record Hit(long id, String title, String snippet, float score) {
        static Hit of(SearchHit hit) {
            return new Hit(hit.id(), hit.title(), hit.snippet(), hit.score());
        }
    }

    @GetMapping("/search")
    List<Hit> search(@RequestParam @NotBlank @Size(max = 500) String q,
                     @RequestParam(defaultValue = "10") @Min(1) @Max(SearchQuery.MAX_LIMIT) int limit,
                     @RequestParam(required = false) Long categoryId,
                     @RequestParam(required = false) LocalDate validOn) {
        return search.search(new SearchQuery(q, categoryId, validOn, limit)).stream().map(Hit::of).toList();
    }

    @GetMapping("/suggestions")
    List<Hit> suggestions(@RequestParam @NotBlank @Size(max = 5000) String text,
                          @RequestParam(defaultValue = "5") @Min(1) @Max(SearchQuery.MAX_LIMIT) int limit) {
        return search.suggestions(text, limit).stream().map(Hit::of).toList();
    }

    @GetMapping("/articles")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    List<ArticleView> list(@RequestParam(required = false) String text, @RequestParam(required = false) Long categoryId,
                           @RequestParam(required = false) ArticleStatus status,
                           @RequestParam(defaultValue = "200") int limit) {
        return articles.list(new ArticleQuery(text, categoryId, status, limit));
    }

    @PostMapping("/articles")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleContent content) {
        var created = articles.create(content);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/articles/{id}")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    ArticleView get(@PathVariable long id) {
        return articles.get(id);
    }

    @PutMapping("/articles/{id}")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    ArticleView edit(@PathVariable long id, @Valid @RequestBody ArticleContent content) {
        return articles.edit(id, content);
    }

    @GetMapping("/articles/{id}/revisions")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    List<ArticleRevision> revisions(@PathVariable long id) {
        return articles.revisions(id);
    }

    /** What agents read: the published revision. */
    @GetMapping("/articles/{id}/published")
    ArticleRevision published(@PathVariable long id) {
        return articles.published(id);
    }

    @PostMapping("/articles/{id}/submit")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    ArticleView submit(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return articles.submit(id, decision);
    }

    @PostMapping("/articles/{id}/approve")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    ArticleView approve(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return articles.approve(id, decision);
    }

    @PostMapping("/articles/{id}/reject")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    ArticleView reject(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return articles.reject(id, decision);
    }

    @PostMapping("/articles/{id}/expire")
    @PreAuthorize(KnowledgeRoles.APPROVERS)
    ArticleView expire(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return articles.expire(id, decision);
    }
}
