package hotline.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/** One saved revision of an article, kept for ever: the history editors compare and auditors read. */
public record ArticleRevision(long articleId, int revision, ArticleKind kind, long categoryId, String title,
                              String body, String keywords, LocalDate validFrom, LocalDate validUntil,
                              Instant savedAt, String savedBy, String note) {
}
