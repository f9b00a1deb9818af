package hotline.telephony.esl;

import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.Dtmf;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyEvent.LegEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Transcripts of whole calls in FreeSWITCH's wire format, replayed byte for byte, become the right port events. */
class EslTranscriptTests {

    private static final Pattern TIMESTAMP = Pattern.compile("(?m)^(Event-Date-Timestamp: )(\\d+)$");

    @TempDir
    Path recordings;
    EslHarness harness;
    EventLog log;

    @BeforeEach
    void connect() {
        harness = new EslHarness(recordings);
        log = EventLog.on(harness.events());
        harness.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> log.contains(EngineUp.class, e -> true));
    }

    @AfterEach
    void stop() {
        log.assertGuarantees();
        harness.close();
    }

    @Test
    void anInboundCallWithDigitsAndAHangupBecomesPortEvents() throws IOException {
        var start = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        harness.fake.replayPlain(transcript("inbound-call-ivr-hangup.events", start));
        var leg = LegId.of("7f9e3c1a-2b4d-4e6f-8a0b-1c2d3e4f5a6b");
        await().atMost(Duration.ofSeconds(10)).until(() -> log.contains(HungUp.class, h -> h.leg().equals(leg)));

        var offered = log.first(CallOffered.class, o -> o.leg().equals(leg)).orElseThrow();
        assertThat(offered.callerNumber()).isEqualTo("+8613800001234");
        assertThat(offered.calledNumber()).isEqualTo("95598");
        assertThat(offered.trunk()).isEqualTo("carrier-sh");
        assertThat(offered.variables()).containsEntry("sip_h_X-Carrier-Trunk", "ct-sh-01");
        assertThat(offered.at()).as("offered when parked").isEqualTo(start.plusMillis(21));
        assertThat(log.of(leg)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CallOffered", "Answered", "Dtmf", "Dtmf", "HungUp");
        assertThat(log.first(Answered.class, a -> true).orElseThrow().at()).isEqualTo(start.plusMillis(402));
        assertThat(log.all(Dtmf.class)).extracting(Dtmf::digit).containsExactly('1', '#');
        var hungUp = log.first(HungUp.class, h -> true).orElseThrow();
        assertThat(hungUp.cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        assertThat(hungUp.sipCode()).isEqualTo(200);
        assertThat(log.of(leg)).extracting(LegEvent::call).containsOnly(offered.call());
    }

    /** The transcript's events, their timestamps moved so that the first one happens at {@code start}. */
    static List<String> transcript(String name, Instant start) throws IOException {
        String text;
        try (var in = EslTranscriptTests.class.getResourceAsStream("/esl/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replaceAll("(?m)^#.*\\n", "");
        var first = TIMESTAMP.matcher(text);
        assertThat(first.find()).isTrue();
        long offset = start.getEpochSecond() * 1_000_000 + start.getNano() / 1000 - Long.parseLong(first.group(2));
        Matcher m = TIMESTAMP.matcher(text);
        var shifted = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(shifted, "$1" + (Long.parseLong(m.group(2)) + offset));
        }
        m.appendTail(shifted);
        var events = new ArrayList<String>();
        for (var event : shifted.toString().split("(?m)^----\\n")) {
            var body = event.strip() + "\n\n";
            events.add(body);
        }
        return events;
    }
}
