package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a scorecard (评分表) asks: sections with weights, each with weighted items, and the total needed to pass. A
 * published version's content never changes (ADR 0080).
 */
public record ScorecardContent(@Min(0) @Max(100) int passScore, @NotEmpty @Size(max = 30) List<@Valid Section> sections) {

    public ScorecardContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public record Section(@NotBlank @Size(max = 120) String name, @Min(0) @Max(1000) int weight,
                          @NotEmpty @Size(max = 60) List<@Valid Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * One item. {@code code} is stable across versions (reports and automatic inspection refer to it); {@code max}
     * is the top of a scale or the points available (1 for yes/no); fatal items must be yes/no.
     */
    public record Item(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
                       @NotBlank @Size(max = 200) String name, @Size(max = 1000) String guidance,
                       @NotNull ItemType type, @Min(0) @Max(1000) int weight, @Min(1) @Max(100) int max,
                       boolean allowNa, FatalMode fatal) {
        public Item {
            fatal = fatal == null ? FatalMode.NONE : fatal;
            max = type == ItemType.YES_NO ? 1 : max;
        }

        public boolean fatalItem() {
            return fatal != FatalMode.NONE;
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
