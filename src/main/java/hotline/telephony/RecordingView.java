package hotline.telephony;

import java.time.Instant;
import java.util.UUID;

/**
 * One archived recording. {@code type} names its retention class (e.g. {@code contact}, {@code complaint},
 * {@code imported}); {@code sha256} is the checksum of the stored file; the audio is played from
 * {@code /recordings/{id}/audio}, which answers HTTP range requests.
 */
public record RecordingView(UUID id, UUID contactId, Long agentId, String type, String key, Instant startedAt,
                            double seconds, long bytes, String sha256, boolean stereo) {
}
