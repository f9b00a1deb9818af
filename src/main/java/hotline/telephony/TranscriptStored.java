package hotline.telephony;

import java.time.Instant;
import java.util.UUID;

/** An archived recording has a (new) transcript: automatic inspection reads it from {@link Recordings}. */
public record TranscriptStored(UUID recordingId, UUID contactId, Long agentId, String source, Instant at) {
}
