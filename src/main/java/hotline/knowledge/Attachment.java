package hotline.knowledge;

import java.time.Instant;

/** A file attached to an article (a form, a tariff table, a photo of a meter); the content is fetched separately. */
public record Attachment(long id, long articleId, String fileName, String contentType, long sizeBytes,
                         Instant uploadedAt, String uploadedBy) {
}
