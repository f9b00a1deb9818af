package hotline.workorder;

import java.time.Instant;

/** A file attached to a work order (photo of a meter, a letter, a recording excerpt). */
public record Attachment(long id, long workOrderId, String fileName, String contentType, long sizeBytes,
                         String sha256, String uploadedName, Instant uploadedAt) {
}
