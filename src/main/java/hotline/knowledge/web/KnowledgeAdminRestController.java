package hotline.knowledge.web;

import hotline.knowledge.Categories;
import hotline.knowledge.CategoryView;
import hotline.knowledge.RenderedScript;
import hotline.knowledge.ScriptView;
import hotline.knowledge.Scripts;
import hotline.knowledge.SynonymGroup;
import hotline.knowledge.Synonyms;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@Tag(name = "Knowledge administration", description = "Category tree, synonyms and scripts (话术)")
@RestController
@RequestMapping("/api/v1/knowledge")
@PreAuthorize("isAuthenticated()")
class KnowledgeAdminRestController {

    private final Categories categories;
    private final Synonyms synonyms;
    private final Scripts scripts;

    KnowledgeAdminRestController(Categories categories, Synonyms synonyms, Scripts scripts) {
        this.categories = categories;
        this.synonyms = synonyms;
        this.scripts = scripts;
    }

    record CategoryRequest(Long parentId, @NotBlank @Size(max = 60) String name, int position, Long version) {
    }

    record SynonymRequest(@NotEmpty List<@NotBlank String> terms) {
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return categories.tree();
    }

    @PostMapping("/categories")
    @PreAuthorize(KnowledgeRoles.ADMINS)
    @ResponseStatus(HttpStatus.CREATED)
    CategoryView createCategory(@Valid @RequestBody CategoryRequest request) {
        return categories.create(request.parentId(), request.name(), request.position());
    }

    @PutMapping("/categories/{id}")
    @PreAuthorize(KnowledgeRoles.ADMINS)
    CategoryView updateCategory(@PathVariable long id, @Valid @RequestBody CategoryRequest request) {
        if (request.version() == null) {
            throw hotline.platform.InvalidInputException.of("version", "NotNull", "the version you edited is required");
        }
        return categories.update(id, request.parentId(), request.name(), request.position(), request.version());
    }

    @DeleteMapping("/categories/{id}")
    @PreAuthorize(KnowledgeRoles.ADMINS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCategory(@PathVariable long id) {
        categories.delete(id);
    }

    @GetMapping("/synonyms")
    List<SynonymGroup> synonyms() {
        return synonyms.list();
    }

    @PostMapping("/synonyms")
    @PreAuthorize(KnowledgeRoles.ADMINS)
    @ResponseStatus(HttpStatus.CREATED)
    SynonymGroup addSynonyms(@Valid @RequestBody SynonymRequest request) {
        return synonyms.add(request.terms());
    }

    @DeleteMapping("/synonyms/{id}")
    @PreAuthorize(KnowledgeRoles.ADMINS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSynonyms(@PathVariable long id) {
        synonyms.delete(id);
    }

    @GetMapping("/scripts")
    List<ScriptView> scripts() {
        return scripts.list();
    }

    @GetMapping("/scripts/{id}")
    ScriptView script(@PathVariable long id) {
        return scripts.get(id);
    }

    @PostMapping("/scripts")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ScriptView createScript(@Valid @RequestBody Scripts.ScriptDraft draft) {
        return scripts.create(draft);
    }

    @PutMapping("/scripts/{id}")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    ScriptView updateScript(@PathVariable long id, @Valid @RequestBody Scripts.ScriptDraft draft) {
        return scripts.update(id, draft);
    }

    @DeleteMapping("/scripts/{id}")
    @PreAuthorize(KnowledgeRoles.EDITORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteScript(@PathVariable long id) {
        scripts.delete(id);
    }

    /** Fills the script's variables from the context (e.g. {@code {"customer.name":"王先生"}}). */
    @PostMapping("/scripts/{id}/render")
    RenderedScript render(@PathVariable long id, @RequestBody(required = false) @NotNull Map<String, String> context) {
        return scripts.render(id, context == null ? Map.of() : context);
    }
}
