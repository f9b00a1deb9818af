package hotline.telephony;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts recordings and transcripts into the archive that {@link Recordings} reads. Routing archives what the switch
 * recorded for an answered contact; people and systems import recordings made elsewhere. Each archived recording is
 * announced with {@link RecordingArchived}, each transcript (once its recording is archived too) with
 * {@link TranscriptStored}.
 */
public interface RecordingArchive {

    /** What the switch reported ({@link TelephonyEvent.RecordingFinished}) and whom it concerns. */
    record Finished(URI uri, String key, UUID contactId, Long agentId, String type, Instant startedAt,
                    double seconds) {
    }

    /** A WAV file made elsewhere, with an optional transcript. */
    record Import(InputStream wav, String fileName, UUID contactId, Long agentId, String type, Instant startedAt,
                  Transcript.Source transcript) {
    }

    /** Moves the switch's file into the store (checksum computed) and records it; the switch's copy is removed. */
    RecordingView archive(Finished finished);

    /** Stores an imported WAV (16-bit PCM, mono or stereo: caller left, agent right) and its transcript if given. */
    RecordingView importRecording(Import request);

    /** Stores (or replaces) the transcript of the recording with this key, archived now or later. */
    void storeTranscript(String recordingKey, String source, List<Transcript.Segment> segments);

    /** The stored WAV file of a recording, for analysis inside the application (the caller checks access first). */
    Optional<Path> audioFile(UUID recordingId);
}
