package hotline.identity.web;

import hotline.identity.ApiTokens;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@Tag(name = "API tokens", description = "Bearer tokens for systems (administrators)")
@RestController
@RequestMapping("/api/v1/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenRestController {

    private final ApiTokens tokens;

    ApiTokenRestController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record IssueRequest(@NotNull Long userId, @NotBlank @Size(max = 100) String name, Instant expiresAt) {
    }

    @GetMapping
    List<ApiTokens.ApiTokenView> list() {
        return tokens.list();
    }

    @PostMapping
    ResponseEntity<ApiTokens.IssuedToken> issue(@Valid @RequestBody IssueRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.issue(request.userId(), request.name(), request.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
