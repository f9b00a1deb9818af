package hotline.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * Scorecards: a supervisor (or QA lead) edits a draft and publishes it as a new immutable version; evaluations are
 * scored with the version that was current when they were assigned. Everyone in quality may read them.
 */
public interface Scorecards {

    List<ScorecardView> list();

    ScorecardView get(long id);

    ScorecardView create(@Valid NewScorecard scorecard);

    /** Replaces the draft; {@code change.version()} must be current (409 otherwise). */
    ScorecardView saveDraft(long id, @Valid DraftChange change);

    /** Freezes the draft as the next version. */
    Version publish(long id, long version);

    Version version(long versionId);

    record NewScorecard(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
                        @NotBlank @Size(max = 120) String name, @Size(max = 1000) String description,
                        @Valid ScorecardContent draft) {
    }

    record DraftChange(@NotNull Long version, @NotBlank @Size(max = 120) String name,
                       @Size(max = 1000) String description, @NotNull @Valid ScorecardContent draft) {
    }

    record Version(long id, long scorecardId, String scorecardName, int number, ScorecardContent content,
                   Instant publishedAt, String publishedBy) {
    }

    record VersionInfo(long id, int number, Instant publishedAt, String publishedBy) {
    }

    record ScorecardView(long id, String code, String name, String description, ScorecardContent draft,
                         List<VersionInfo> versions, Instant updatedAt, long version) {
        public ScorecardView {
            versions = List.copyOf(versions);
        }

        /** The newest published version, or null while only a draft exists. */
        public VersionInfo current() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }
}
