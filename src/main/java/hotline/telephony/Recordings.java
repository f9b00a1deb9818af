package hotline.telephony;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The archive of recordings and their transcripts: files in the store under the data directory, path and checksum
 * in the database, kept as long as the retention policy of their type says. Routing records each answered contact
 * (the recording's {@code contactId}); recordings and transcripts may also be imported.
 */
public interface Recordings {

    Optional<RecordingView> recording(UUID recordingId);

    /** The contact's recordings, oldest first (a transferred contact may have more than one). */
    List<RecordingView> forContact(UUID contactId);

    /** The transcript of a recording, when one was delivered through the telephony port or imported. */
    Optional<Transcript> transcript(UUID recordingId);
}
