package hotline.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * What a lead declares (or edits): the area, the type, when it started and is expected to end, and the approved
 * wording agents read and the IVR announces. {@code version} is needed for edits only.
 */
public record IncidentDeclaration(
        @NotBlank @Size(max = 200) String title,
        @NotNull IncidentType type,
        @NotNull @Valid IncidentArea area,
        @NotNull Instant startedAt,
        Instant expectedEndAt,
        @NotBlank @Size(max = 1000) String wording,
        Long version) {
}
