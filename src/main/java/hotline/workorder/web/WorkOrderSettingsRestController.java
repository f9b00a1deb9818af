package hotline.workorder.web;

import hotline.workorder.Category;
import hotline.workorder.TimeLimitRule;
import hotline.workorder.TypePolicy;
import hotline.workorder.WorkOrderSettings;
import hotline.workorder.WorkOrderType;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Work-order settings", description = "Categories, loop policies and time limits")
@RestController
@RequestMapping("/api/v1/work-order-settings")
@PreAuthorize("isAuthenticated()")
class WorkOrderSettingsRestController {

    private final WorkOrderSettings settings;

    WorkOrderSettingsRestController(WorkOrderSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/categories")
    List<Category> categories(@RequestParam(required = false) WorkOrderType type) {
        return type == null ? settings.allCategories() : settings.categories(type);
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Category createCategory(@Valid @RequestBody Category category) {
        return settings.saveCategory(new Category(null, category.type(), category.parentId(), category.code(),
                category.name(), category.nameEn(), category.sortOrder(), category.active(), 0));
    }

    @PutMapping("/categories/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Category updateCategory(@PathVariable long id, @Valid @RequestBody Category category) {
        return settings.saveCategory(new Category(id, category.type(), category.parentId(), category.code(),
                category.name(), category.nameEn(), category.sortOrder(), category.active(), category.version()));
    }

    @GetMapping("/policies")
    List<TypePolicy> policies() {
        return settings.typePolicies();
    }

    @PutMapping("/policies/{type}")
    @PreAuthorize("hasRole('ADMIN')")
    TypePolicy updatePolicy(@PathVariable WorkOrderType type, @Valid @RequestBody TypePolicy policy) {
        return settings.saveTypePolicy(new TypePolicy(type, policy.callbackRequired(), policy.onSpotCallback(),
                policy.maxCallbackAttempts(), policy.duplicateWindowHours(), policy.version()));
    }

    @GetMapping("/time-limits")
    List<TimeLimitRule> timeLimits() {
        return settings.timeLimits();
    }

    @PostMapping("/time-limits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    TimeLimitRule createTimeLimit(@Valid @RequestBody TimeLimitRule rule) {
        return settings.saveTimeLimit(new TimeLimitRule(null, rule.type(), rule.categoryId(), rule.urgency(),
                rule.signOff(), rule.handle(), rule.callback(), 0));
    }

    @PutMapping("/time-limits/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    TimeLimitRule updateTimeLimit(@PathVariable long id, @Valid @RequestBody TimeLimitRule rule) {
        return settings.saveTimeLimit(new TimeLimitRule(id, rule.type(), rule.categoryId(), rule.urgency(),
                rule.signOff(), rule.handle(), rule.callback(), rule.version()));
    }

    @DeleteMapping("/time-limits/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    void deleteTimeLimit(@PathVariable long id) {
        settings.deleteTimeLimit(id);
    }
}
