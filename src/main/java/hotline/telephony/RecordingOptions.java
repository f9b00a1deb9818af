package hotline.telephony;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link Telephony#startRecording} records a leg. Stereo puts what the leg says on the left channel and what it
 * hears (the agent) on the right. {@code format} is a file extension ({@code wav}; adapters may support more).
 * {@code key} names the recording: it comes back in the recording events and is the file's relative path without the
 * extension, e.g. {@code 2026/05/01/call-42}.
 */
public record RecordingOptions(boolean stereo, String format, String key) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    public RecordingOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("a recording key is a relative path of letters, digits, '.', '_' and '-',"
                    + " got '" + key + "'");
        }
        format = format.toLowerCase(java.util.Locale.ROOT);
    }

    public static RecordingOptions stereoWav(String key) {
        return new RecordingOptions(true, "wav", key);
    }
}
