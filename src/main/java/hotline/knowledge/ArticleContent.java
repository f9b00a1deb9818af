package hotline.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What an editor writes: the content of one revision. {@code version} is the article version the editor read (needed
 * for edits, ignored on creation); {@code note} says what changed.
 */
public record ArticleContent(
        @NotNull ArticleKind kind,
        @NotNull Long categoryId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String body,
        @Size(max = 500) String keywords,
        LocalDate validFrom,
        LocalDate validUntil,
        @Size(max = 200) String note,
        Long version) {
}
