package hotline.routing;

import hotline.organization.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A queue as created or edited. {@code version} is the version the editor read (ignored on create). The code is
 * what the IVR's menu names (REPAIR, BILLING …) and cannot change once created.
 */
public record QueueDraft(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
                         @NotBlank @Size(max = 100) String name,
                         @NotNull Channel channel,
                         @NotNull Map<String, Integer> requiredSkills,
                         @Min(0) @Max(100) int priority,
                         @NotNull Strategy strategy,
                         @Min(1) @Max(100) int serviceLevelPercent,
                         @Min(1) @Max(3600) int serviceLevelSeconds,
                         @Min(1) @Max(86400) Integer maxWaitSeconds,
                         Long overflowQueueId,
                         boolean overflowToCallback,
                         @Min(1) @Max(86400) Integer relaxAfterSeconds,
                         @Min(1) @Max(5) int relaxedMinProficiency,
                         @Min(0) @Max(3600) int wrapUpSeconds,
                         @Min(5) @Max(120) int ringTimeoutSeconds,
                         boolean enabled,
                         Long version) {
}
