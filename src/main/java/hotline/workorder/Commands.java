package hotline.workorder;

import hotline.platform.security.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The requests of the loop, one record per action; each that moves the order carries the {@code version} its sender
 * read, so a concurrent change answers 409 instead of being overwritten.
 */
public final class Commands {

    private Commands() {
    }

    public record Dispatch(@NotNull Long version, @NotNull Long departmentId, @Size(max = 2000) String note) {
    }

    public record Redispatch(@NotNull Long version, @NotNull Long departmentId,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    public record Versioned(@NotNull Long version) {
    }

    public record Return(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reply(@NotNull Long version, @NotBlank @Size(max = 10_000) String text) {
    }

    public record Callback(@NotNull Long version, @NotNull CallbackResult result, Satisfaction satisfaction,
                           @Size(max = 2000) String note) {
    }

    public record Reopen(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Escalate(@NotNull Role to, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Remark(@NotBlank @Size(max = 2000) String text) {
    }

    public record ExtensionRequest(@NotNull Long version, @NotNull @Future Instant newDueAt,
                                   @NotBlank @Size(max = 2000) String reason) {
    }

    public record ExtensionDecision(boolean approve, @Size(max = 2000) String note) {
    }

    public record Edit(@NotNull Long version, @NotBlank @Size(max = 200) String title,
                       @NotBlank @Size(max = 10_000) String description, @NotNull Urgency urgency,
                       boolean confidential) {
    }

    public record Link(@NotNull Long otherId) {
    }

    public record Merge(@NotNull Long survivorId) {
    }
}
