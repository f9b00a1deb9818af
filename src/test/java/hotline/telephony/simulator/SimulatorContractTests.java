package hotline.telephony.simulator;

import hotline.telephony.HangupCause;
import hotline.telephony.Originate;
import hotline.telephony.RecordingOptions;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.Transcript;
import hotline.telephony.TelephonyContract;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.EndpointRegistered;
import hotline.telephony.TelephonyEvent.OriginateFailed;
import hotline.telephony.TelephonyEvent.RecordingFinished;
import hotline.telephony.TelephonyException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator passes the port's contract, plus what only a simulator promises (its files, busy devices). */
class SimulatorContractTests extends TelephonyContract {

    @TempDir
    Path recordings;

    @Override
    protected Harness createHarness() {
        return new SimulatorHarness(recordings);
    }

    @Test
    void writesARealStereoWavCappedInLength() throws Exception {
        var offered = answeredCall();
        complete(telephony.startRecording(offered.leg(), RecordingOptions.stereoWav("2026/03/03/call-1")));
        harness.pass(Duration.ofMinutes(2));
        complete(telephony.stopRecording(offered.leg(), "2026/03/03/call-1"));
        var finished = expectOn(offered.leg(), RecordingFinished.class);
        assertThat(finished.seconds()).isEqualTo(120.0);
        Path file = Path.of(finished.uri());
        assertThat(file).startsWith(recordings).exists();
        var format = AudioSystem.getAudioFileFormat(file.toFile());
        assertThat(format.getFormat().getChannels()).isEqualTo(2);
        assertThat(format.getFormat().getSampleRate()).isEqualTo(8000f);
        assertThat(format.getFrameLength()).isEqualTo(10 * 8000);
    }

    @Test
    void deliversATranscriptOfTheConversationItsFileSounds() throws Exception {
        var offered = answeredCall();
        complete(telephony.startRecording(offered.leg(), RecordingOptions.stereoWav("2026/03/03/call-2")));
        harness.pass(Duration.ofMinutes(3));
        complete(telephony.stopRecording(offered.leg(), "2026/03/03/call-2"));
        var finished = expectOn(offered.leg(), RecordingFinished.class);
        var transcript = expectOn(offered.leg(), TelephonyEvent.TranscriptReady.class);
        assertThat(transcript.key()).isEqualTo("2026/03/03/call-2");
        assertThat(transcript.segments()).hasSizeGreaterThan(4)
                .allSatisfy(s -> assertThat(s.endMillis()).isBetween(s.startMillis(), 180_000L))
                .extracting(Transcript.Segment::speaker).contains(Transcript.Speaker.CALLER, Transcript.Speaker.AGENT);
        assertThat(log.indexOf(transcript)).isGreaterThan(log.indexOf(finished));
        // the file sounds where the transcript says someone speaks: the agent's first words on the right channel
        var first = transcript.segments().get(0);
        try (var in = AudioSystem.getAudioInputStream(Path.of(finished.uri()).toFile())) {
            var pcm = in.readAllBytes();
            int during = (int) ((first.startMillis() + first.endMillis()) / 2 * 8);   // frame in the middle
            int before = (int) (first.startMillis() * 8 / 2);
            assertThat(Math.abs(sample(pcm, during, first.speaker() == Transcript.Speaker.AGENT ? 1 : 0))
                    + Math.abs(sample(pcm, during + 3, first.speaker() == Transcript.Speaker.AGENT ? 1 : 0)))
                    .isGreaterThan(100);
            assertThat(sample(pcm, before, 0)).isZero();
            assertThat(sample(pcm, before, 1)).isZero();
        }
        assertThat(SimulatedConversation.of("2026/03/03/call-2", 180)).isEqualTo(transcript.segments());
    }

    private static int sample(byte[] pcm, int frame, int channel) {
        int at = frame * 4 + channel * 2;
        return (short) ((pcm[at] & 0xff) | (pcm[at + 1] << 8));
    }

    @Test
    void refusesRecordingFormatsItCannotWrite() {
        var offered = answeredCall();
        assertThat(refused(telephony.startRecording(offered.leg(), new RecordingOptions(false, "mp3", "x"))).reason())
                .isEqualTo(Reason.INVALID_ARGUMENT);
    }

    @Test
    void aPhoneInACallIsBusy() {
        var endpoint = phone("busy", true);
        var first = telephony.newLegId();
        complete(telephony.originate(Originate.to(first, endpoint)));
        expectOn(first, Answered.class);
        var second = telephony.newLegId();
        complete(telephony.originate(Originate.to(second, endpoint)));
        assertThat(expectOn(second, OriginateFailed.class).cause()).isEqualTo(HangupCause.USER_BUSY);
        complete(telephony.hangup(first, HangupCause.NORMAL_CLEARING));
    }

    @Test
    void registersAgentDevicesUnderThePrefixOnFirstUse() {
        harness.close();
        harness = new SimulatorHarness(SimulatorSettings.defaults(recordings).withAutoRegisterPrefix("agent:"), 1);
        log = hotline.telephony.EventLog.on(harness.events());
        telephony = harness.telephony();
        harness.start();
        var leg = telephony.newLegId();
        complete(telephony.originate(Originate.to(leg, "agent:1001")));
        expect(EndpointRegistered.class, e -> e.endpoint().equals("agent:1001"));
        expectOn(leg, Answered.class);
        complete(telephony.hangup(leg, HangupCause.NORMAL_CLEARING));
    }

    @Test
    void forgetsEndedLegs() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "forget");
        hangUpBoth(offered.leg(), agent);
        assertThat(((SimulatorHarness) harness).engine().liveLegs()).isZero();
    }
}
