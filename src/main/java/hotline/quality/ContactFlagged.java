package hotline.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Automatic inspection found something on a contact that a person should review. */
public record ContactFlagged(UUID contactId, UUID recordingId, Long agentId, List<InspectionHit> hits, Instant at) {

    public ContactFlagged {
        hits = List.copyOf(hits);
    }
}
