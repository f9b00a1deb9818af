package hotline.telephony.sip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The jitter buffer and RFC 4733 digit detection, fed packets directly in the order a network might deliver them. */
class RtpSessionTests {

    final RtpReceiver receiver = new RtpReceiver();
    final List<Character> digits = new ArrayList<>();
    final RtpSession session;

    RtpSessionTests() throws Exception {
        session = new RtpSession("127.0.0.1", receiver, digit -> digits.add((char) digit));
    }

    @AfterEach
    void close() {
        session.close();
        receiver.close();
    }

    /** A 20 ms μ-law packet whose every sample decodes to {@code value}'s μ-law code. */
    static byte[] audio(int sequence, long timestamp, byte code) {
        var packet = new byte[12 + 160];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) G711.PCMU;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        java.util.Arrays.fill(packet, 12, packet.length, code);
        return packet;
    }

    static byte[] event(int sequence, long timestamp, int event, boolean end) {
        var packet = new byte[16];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) Sdp.DEFAULT_TELEPHONE_EVENT;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        packet[12] = (byte) event;
        packet[13] = (byte) (end ? 0x8a : 0x0a);
        return packet;
    }

    void receive(byte[] packet) {
        session.handle(packet, packet.length);
    }

    /** Which packet a pulled frame came from: each test packet carries a distinct code. */
    static short first(short[] frame) {
        return frame[0];
    }

    @Test
    void playsPacketsInSequenceOrderWhateverOrderTheyArriveIn() {
        byte[] codes = {(byte) 0x10, (byte) 0x20, (byte) 0x30, (byte) 0x40};
        receive(audio(101, 160, codes[1]));
        receive(audio(100, 0, codes[0]));
        receive(audio(103, 480, codes[3]));
        receive(audio(102, 320, codes[2]));
        for (byte code : codes) {
            assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, code));
        }
        assertThat(session.pull()).as("dry").isNull();
    }

    @Test
    void waitsForTwoPacketsAfterRunningDryAndDropsPacketsThatComeTooLate() {
        receive(audio(10, 0, (byte) 0x10));
        assertThat(session.pull()).as("one packet is not enough to start").isNull();
        receive(audio(11, 160, (byte) 0x20));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x10));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x20));
        assertThat(session.pull()).as("dry").isNull();
        receive(audio(9, 0, (byte) 0x70));
        receive(audio(12, 320, (byte) 0x30));
        assertThat(session.pull()).as("the late packet 9 is gone; 12 alone waits for company").isNull();
        receive(audio(13, 480, (byte) 0x40));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x30));
    }

    @Test
    void keepsAtMostTenPacketsDroppingTheOldest() {
        for (int i = 0; i < 15; i++) {
            receive(audio(1000 + i, 160L * i, (byte) (0x10 + i)));
        }
        assertThat(first(session.pull())).as("packets 0-4 were dropped").isEqualTo(G711.decode(G711.PCMU,
                (byte) (0x10 + 5)));
    }

    @Test
    void followsTheSequenceNumberAcrossItsWrap() {
        receive(audio(65535, 0, (byte) 0x10));
        receive(audio(0, 160, (byte) 0x20));
        receive(audio(1, 320, (byte) 0x30));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x10));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x20));
        assertThat(first(session.pull())).isEqualTo(G711.decode(G711.PCMU, (byte) 0x30));
    }

    @Test
    void reportsEachKeyPressOnceThoughItsEndIsSentThreeTimes() {
        receive(event(1, 8000, 1, false));
        receive(event(2, 8000, 1, false));
        receive(event(3, 8000, 1, true));
        receive(event(4, 8000, 1, true));
        receive(event(5, 8000, 1, true));
        receive(event(6, 9600, 11, true));
        assertThat(digits).containsExactly('1', '#');
    }

    @Test
    void ignoresWhatIsNotRtp() {
        receive(new byte[] {1, 2, 3});
        receive(new byte[40]);
        assertThat(session.pull()).isNull();
        assertThat(digits).isEmpty();
    }
}
