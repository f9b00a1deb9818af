package hotline.telephony.sip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** G.711, SDP offers and answers, and the WAV files recordings are written to. */
class MediaFormatTests {

    @Test
    void g711DecodesKnownCodesAndRoundTripsWithinItsQuantisation() {
        assertThat(G711.decode(G711.PCMU, (byte) 0xff)).isEqualTo((short) 0);
        assertThat(G711.decode(G711.PCMU, (byte) 0x00)).isEqualTo((short) -32124);
        assertThat(G711.decode(G711.PCMU, (byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.decode(G711.PCMA, (byte) 0xd5)).isEqualTo((short) 8);
        assertThat(G711.decode(G711.PCMA, (byte) 0x55)).isEqualTo((short) -8);
        for (int law : new int[] {G711.PCMU, G711.PCMA}) {
            for (int v = -32768; v <= 32767; v += 7) {
                short back = G711.decode(law, G711.encode(law, (short) v));
                assertThat(Math.abs(back - v)).as("law %d, %d -> %d", law, v, back)
                        .isLessThanOrEqualTo(Math.max(16, Math.abs(v) / 16 + 8) + (Math.abs(v) > 32000 ? 700 : 0));
            }
            for (int code = 0; code < 256; code++) {
                short decoded = G711.decode(law, (byte) code);
                assertThat(G711.decode(law, G711.encode(law, decoded))).as("law %d code %d", law, code)
                        .isEqualTo(decoded);
            }
        }
    }

    @Test
    void readsAnOfferAndAnswersWithItsFirstG711Codec() {
        var offer = Sdp.parse("v=0\r\no=- 1 1 IN IP4 10.0.0.7\r\ns=-\r\nc=IN IP4 10.0.0.7\r\nt=0 0\r\n"
                + "m=audio 40000 RTP/AVP 9 8 0 96\r\na=rtpmap:9 G722/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:96 telephone-event/8000\r\n");
        assertThat(offer).isEqualTo(new Sdp("10.0.0.7", 40000, G711.PCMA, 96));
        var answer = Sdp.answer("127.0.0.1", 5004, 7, offer);
        assertThat(answer).contains("m=audio 5004 RTP/AVP 8 96\r\n", "a=rtpmap:8 PCMA/8000", "c=IN IP4 127.0.0.1",
                "a=rtpmap:96 telephone-event/8000");
        assertThat(Sdp.parse(answer)).isEqualTo(new Sdp("127.0.0.1", 5004, G711.PCMA, 96));
        assertThat(Sdp.parse("c=IN IP4 1.2.3.4\r\nm=audio 9 RTP/AVP 9 18\r\n").codec()).isEqualTo(-1);
        var media = Sdp.parse("c=IN IP4 1.1.1.1\r\nm=audio 7000 RTP/AVP 0\r\nc=IN IP4 2.2.2.2\r\n");
        assertThat(media.address()).as("media-level c= wins").isEqualTo("2.2.2.2");
    }

    @Test
    void writesAStereoWavThatJavaSoundReads(@TempDir Path dir) throws Exception {
        var writer = new StereoWavWriter(dir.resolve("a/b/call.wav"), true);
        var left = new short[160];
        var right = new short[160];
        java.util.Arrays.fill(left, (short) 1000);
        java.util.Arrays.fill(right, (short) -2000);
        for (int i = 0; i < 50; i++) {
            writer.write(left, right);
        }
        writer.write(null, right);
        assertThat(writer.finish()).isEqualTo(51 * 160 / 8000.0);
        writer.write(left, right);
        var format = AudioSystem.getAudioFileFormat(dir.resolve("a/b/call.wav").toFile());
        assertThat(format.getFormat().getChannels()).isEqualTo(2);
        assertThat(format.getFormat().getSampleRate()).isEqualTo(8000f);
        assertThat(format.getFrameLength()).as("nothing after finish").isEqualTo(51 * 160);
        assertThat(AudioCheck.channel(dir.resolve("a/b/call.wav"), 0)[0]).isEqualTo((short) 1000);
        assertThat(AudioCheck.channel(dir.resolve("a/b/call.wav"), 1)[0]).isEqualTo((short) -2000);
        assertThat(AudioCheck.channel(dir.resolve("a/b/call.wav"), 0)[50 * 160]).as("silence for a missing frame")
                .isZero();
    }
}
