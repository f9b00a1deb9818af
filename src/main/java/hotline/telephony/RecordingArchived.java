package hotline.telephony;

import java.time.Instant;
import java.util.UUID;

/** A recording is in the archive: its audio can be played and analysed. */
public record RecordingArchived(UUID recordingId, UUID contactId, Long agentId, String type, double seconds,
                                Instant at) {
}
