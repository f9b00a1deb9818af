package hotline.telephony.simulator;

import hotline.telephony.RecordingOptions;
import hotline.telephony.Transcript;
import hotline.telephony.TelephonyException;
import hotline.telephony.TelephonyException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulator's recordings: WAV files under the recordings directory, named by key, holding at most
 * {@link SimulatorSettings#maxRecordingFile()} of audio whatever the call's length (the event reports the true length).
 * Files are small (10 s stereo ≈ 320 kB), so they are written on the engine thread: the recording's end must be known
 * before its leg's end is announced.
 */
final class Recorder {

    private static final Logger log = LoggerFactory.getLogger(Recorder.class);

    private final SimulatorSettings settings;
    private final Set<String> active = new HashSet<>();

    Recorder(SimulatorSettings settings) {
        this.settings = settings;
    }

    void check(RecordingOptions options) {
        if (settings.recordings() == null) {
            throw new TelephonyException(Reason.UNSUPPORTED, "this simulator has no recordings directory");
        }
        if (!options.format().equals("wav")) {
            throw new TelephonyException(Reason.INVALID_ARGUMENT,
                    "the simulator records wav only, not " + options.format());
        }
        if (active.contains(options.key())) {
            throw new TelephonyException(Reason.INVALID_STATE, "recording '" + options.key() + "' is already running");
        }
    }

    void started(String key) {
        active.add(key);
    }

    /**
     * Writes the file, with tones where the conversation has the caller (left) and the agent (right) speaking; null
     * (and an error in the log) if it could not be written.
     */
    URI write(RecordingOptions options, double seconds, List<Transcript.Segment> conversation) {
        active.remove(options.key());
        Path file = settings.recordings().resolve(options.key() + "." + options.format()).normalize();
        try {
            double audio = Math.min(seconds, settings.maxRecordingFile().toNanos() / 1e9);
            WavFile.write(file, options.stereo() ? 2 : 1, audio, conversation);
            return file.toUri();
        } catch (IOException | RuntimeException e) {
            log.error("cannot write the simulated recording {}", file, e);
            return null;
        }
    }
}
