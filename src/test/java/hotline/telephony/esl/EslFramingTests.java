package hotline.telephony.esl;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Frames as the event socket writes them, however the bytes arrive. */
class EslFramingTests {

    /** Hands out at most one byte per read, as a congested socket may. */
    static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void reassemblesFramesSplitIntoSingleBytesEvenInsideAMultiByteCharacter() throws IOException {
        String body = "+OK 张三 called about 停电\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        assertThat(length).isGreaterThan(body.length());
        var wire = ("Content-Type: api/response\nContent-Length: " + length + "\n\n" + body
                + "Content-Type: command/reply\nReply-Text: +OK accepted\n\n").getBytes(StandardCharsets.UTF_8);
        var reader = new EslFrameReader(trickle(wire));
        var first = reader.read();
        assertThat(first.contentType()).isEqualTo("api/response");
        assertThat(first.body()).isEqualTo(body);
        var second = reader.read();
        assertThat(second.replyText()).isEqualTo("+OK accepted");
        assertThat(second.body()).isEmpty();
        assertThatThrownBy(reader::read).isInstanceOf(EOFException.class);
    }

    @Test
    void countsContentLengthInBytesNotCharacters() throws IOException {
        String body = "呼叫中心";
        var wire = ("Content-Type: text/event-plain\nContent-Length: 12\n\n" + body + "Content-Type: auth/request\n\n")
                .getBytes(StandardCharsets.UTF_8);
        var reader = new EslFrameReader(new ByteArrayInputStream(wire));
        assertThat(reader.read().body()).isEqualTo(body);
        assertThat(reader.read().contentType()).isEqualTo("auth/request");
    }

    @Test
    void aConnectionClosedInsideABodyIsAnError() {
        var wire = "Content-Type: api/response\nContent-Length: 40\n\n+OK short".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EslFrameReader(new ByteArrayInputStream(wire)).read())
                .isInstanceOf(EOFException.class).hasMessageContaining("inside a body");
    }

    @Test
    void refusesWhatIsNotAnEventSocket() {
        var wire = "HTTP/1.1 400 Bad Request\n\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EslFrameReader(new ByteArrayInputStream(wire)).read())
                .isInstanceOf(IOException.class).hasMessageContaining("not an event-socket header line");
    }

    @Test
    void decodesPlainEventsWithTheirInnerBodyAndKeepsPlusSigns() {
        String text = "Event-Name: BACKGROUND_JOB\nJob-UUID: 7a6b\nJob-Command: originate\n"
                + "Caller-Caller-ID-Number: %2B8613800001234\nCaller-Caller-ID-Name: %E5%BC%A0%E4%B8%89\n"
                + "Odd: a+b%20c\nContent-Length: 18\n\n-ERR NO_ANSWER\n...";
        var event = EslEvent.plain(text);
        assertThat(event.name()).isEqualTo("BACKGROUND_JOB");
        assertThat(event.header("caller-caller-id-number")).isEqualTo("+8613800001234");
        assertThat(event.header("Caller-Caller-ID-Name")).isEqualTo("张三");
        assertThat(event.header("Odd")).isEqualTo("a+b c");
        assertThat(event.body()).isEqualTo("-ERR NO_ANSWER\n...");
        assertThat(event.header("Content-Length")).isNull();
    }

    @Test
    void decodesJsonEventsWithTheBodyUnderUnderscoreBody() {
        var event = EslEvent.json("{\"Event-Name\":\"BACKGROUND_JOB\",\"Job-UUID\":\"7a6b\","
                + "\"Content-Length\":\"12\",\"_body\":\"+OK 7a6b-呼\\n\"}");
        assertThat(event.name()).isEqualTo("BACKGROUND_JOB");
        assertThat(event.body()).isEqualTo("+OK 7a6b-呼\n");
        assertThat(event.header("Content-Length")).isNull();
    }

    @Test
    void urlEncodingRoundTrips() {
        for (var value : new String[] {"+86 138", "张三 <sip:1001@host>", "100%", "a,b;c=d"}) {
            assertThat(EslEvent.urlDecode(EslEvent.urlEncode(value))).isEqualTo(value);
        }
        assertThat(FakeFreeswitch.plain(Map.of("Event-Name", "X Y"), "body")).isEqualTo(
                "Event-Name: X%20Y\nContent-Length: 4\n\nbody");
    }
}
