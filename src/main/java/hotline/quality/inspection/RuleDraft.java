package hotline.quality.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A rule as created or edited; {@code version} is the version the editor read (ignored on create). */
record RuleDraft(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
                 @NotBlank @Size(max = 60) String nameZh,
                 @NotBlank @Size(max = 60) String nameEn,
                 @NotNull InspectionRule.Kind kind,
                 List<@Size(max = 200) String> phrases,
                 @Pattern(regexp = "AGENT|CALLER") String speaker,
                 InspectionRule.Phase phase,
                 @Min(0) @Max(3600) int windowSeconds,
                 @Min(0) @Max(100000) double threshold,
                 @Size(max = 60) String itemCode,
                 boolean violation,
                 boolean enabled,
                 Integer version) {

    RuleDraft {
        phrases = phrases == null ? List.of() : phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
