package hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article as editors see it: its latest revision and where that stands. {@code publishedRevision} is what agents
 * read and search (null when nothing is published); it may be older than {@code revision} while a change is reviewed.
 */
public record ArticleView(long id, ArticleKind kind, long categoryId, String categoryPath, String title, String body,
                          String keywords, ArticleStatus status, LocalDate validFrom, LocalDate validUntil,
                          int revision, Integer publishedRevision, Instant createdAt, String createdBy,
                          Instant updatedAt, String updatedBy, String submittedBy, String reviewedBy,
                          Instant reviewedAt, String reviewNote, Instant publishedAt, long version) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validUntil == null || !validUntil.isBefore(day));
    }
}
