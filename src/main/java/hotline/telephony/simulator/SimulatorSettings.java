package hotline.telephony.simulator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The simulated switch's physics: how long prompts last, how fast devices ring, where recordings go.
 *
 * @param promptLength       how long a recorded prompt plays
 * @param ttsPerCharacter    how long each character of a text-to-speech prompt takes (at least one second a prompt)
 * @param ringDelay          from originate to {@code Ringing}
 * @param recordings         the directory recordings are written to
 * @param maxRecordingFile   recordings report their true length but the file holds at most this much audio
 * @param autoRegisterPrefix endpoints with this prefix count as registered devices the first time they are used
 *                           (every agent has a phone on the desk); null: only explicitly registered endpoints
 * @param devices            how auto-registered devices and external numbers ({@code tel:…}) behave
 */
public record SimulatorSettings(Duration promptLength, Duration ttsPerCharacter, Duration ringDelay, Path recordings,
                                Duration maxRecordingFile, String autoRegisterPrefix, PhoneBehaviour devices) {

    public static SimulatorSettings defaults(Path recordings) {
        return new SimulatorSettings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(100), recordings,
                Duration.ofSeconds(10), null, PhoneBehaviour.answerAfter(Duration.ofSeconds(2)));
    }

    public SimulatorSettings withAutoRegisterPrefix(String prefix) {
        return new SimulatorSettings(promptLength, ttsPerCharacter, ringDelay, recordings, maxRecordingFile, prefix,
                devices);
    }

    public SimulatorSettings withDevices(PhoneBehaviour behaviour) {
        return new SimulatorSettings(promptLength, ttsPerCharacter, ringDelay, recordings, maxRecordingFile,
                autoRegisterPrefix, behaviour);
    }

    public SimulatorSettings withPromptLength(Duration length) {
        return new SimulatorSettings(length, ttsPerCharacter, ringDelay, recordings, maxRecordingFile,
                autoRegisterPrefix, devices);
    }
}
