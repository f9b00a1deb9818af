package hotline.telephony.sip;

import hotline.telephony.DigitCollection;
import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.CollectOutcome;
import hotline.telephony.TelephonyEvent.DigitsCollected;
import hotline.telephony.TelephonyEvent.Dtmf;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyEvent.OriginateFailed;
import hotline.telephony.TelephonyEvent.PlaybackFinished;
import hotline.telephony.TelephonyEvent.PlaybackOutcome;
import hotline.telephony.Timekeeper;
import hotline.telephony.Originate;
import hotline.telephony.support.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The IVR side of the SIP adapter with a real caller: a spoken menu, an RFC 2833 key press, a prompt file. */
class SipIvrTests {

    @TempDir
    Path dir;
    SipPeers peers;
    SipTelephony sip;
    RealTimekeeper time;
    EventBus bus;
    EventLog log;
    int port;

    @BeforeEach
    void start() {
        SipPeers.require("sipp", "sox", "espeak-ng");
        peers = new SipPeers(dir);
        port = SipPeers.freeUdpPort();
        bus = new EventBus();
        log = EventLog.on(bus);
        time = Timekeeper.realTime(Clock.systemUTC(), work -> {
            var thread = new Thread(work, "telephony-sip-test");
            thread.setDaemon(true);
            return thread;
        });
        sip = new SipTelephony(new SipSettings("127.0.0.1", port, "hotline.test", dir.resolve("sounds"),
                dir.resolve("recordings"), Prompt.file("moh/default")), (user, realm) -> Optional.empty(), bus, time);
        sip.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(EngineUp.class, e -> true));
    }

    @AfterEach
    void stop() {
        peers.close();
        sip.close();
        time.close();
        log.assertGuarantees();
    }

    @Test
    void collectsAKeyPressedDuringASpokenMenuThenPlaysAPromptFile() throws Exception {
        var thanks = peers.speech("thanks", "en-us", "Thank you.", 0);
        Files.createDirectories(dir.resolve("sounds/ivr"));
        Files.copy(thanks, dir.resolve("sounds/ivr/thanks.wav"));
        bus.subscribe(event -> {
            if (event instanceof CallOffered offered) {
                sip.answer(offered.leg());
            } else if (event instanceof Answered answered) {
                sip.collectDigits(answered.leg(), DigitCollection.menu(
                        Prompt.tts("For electricity press one, for water press two."), Duration.ofSeconds(8)));
            } else if (event instanceof DigitsCollected collected) {
                sip.play(collected.leg(), Playback.once("thanks", Prompt.file("ivr/thanks")));
            }
        });
        var caller = peers.sippCaller(port, "13900001111", "95598", SipPeers.pressing('1'), Duration.ofMillis(1000),
                Duration.ofSeconds(5), 1, 1, 1);
        assertThat(SipPeers.waitFor(caller, Duration.ofSeconds(30)))
                .as("sipp:\n%s", peers.log("sipp-13900001111.log")).isZero();

        var offered = log.first(CallOffered.class, o -> true).orElseThrow();
        var collected = log.first(DigitsCollected.class, d -> true).orElseThrow();
        assertThat(collected.digits()).isEqualTo("1");
        assertThat(collected.outcome()).isEqualTo(CollectOutcome.COMPLETE);
        assertThat(log.all(Dtmf.class)).extracting(Dtmf::digit).containsExactly('1');
        var played = log.first(PlaybackFinished.class, p -> p.tag().equals("thanks")).orElseThrow();
        assertThat(played.outcome()).isEqualTo(PlaybackOutcome.COMPLETED);
        var hungUp = await().atMost(Duration.ofSeconds(5)).until(
                () -> log.first(HungUp.class, h -> h.leg().equals(offered.leg())), Optional::isPresent).orElseThrow();
        assertThat(hungUp.cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        assertThat(log.indexOf(played)).isLessThan(log.indexOf(hungUp));
    }

    @Test
    void originatingToAnAgentWhoseDeviceIsNotRegisteredFails() {
        var leg = sip.newLegId();
        sip.originate(Originate.to(leg, "sip:agent9999@hotline.test")).toCompletableFuture().join();
        var failed = await().atMost(Duration.ofSeconds(5)).until(
                () -> log.first(OriginateFailed.class, f -> f.leg().equals(leg)), Optional::isPresent).orElseThrow();
        assertThat(failed.cause()).isEqualTo(HangupCause.USER_NOT_REGISTERED);
    }
}
