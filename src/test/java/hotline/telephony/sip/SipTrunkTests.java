package hotline.telephony.sip;

import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.Originate;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.OriginateFailed;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Outside numbers ({@code tel:}: a transfer to a number, an agent's callback) go to the carrier's trunk when one is
 * configured ({@code hotline.telephony.sip.trunk}): the INVITE's Request-URI is the number at the trunk, From the
 * caller id the center shows. Here a JAIN-SIP stack of its own plays the trunk on loopback.
 */
class SipTrunkTests {

    @TempDir
    Path dir;
    SipFarEnds trunk;
    SipTelephony sip;
    RealTimekeeper time;
    EventLog log;

    @BeforeEach
    void start() {
        int port = SipPeers.freeUdpPort();
        trunk = new SipFarEnds(port, "hotline.test", "unused");
        var bus = new EventBus();
        log = EventLog.on(bus);
        time = Timekeeper.realTime(Clock.systemUTC(), work -> {
            var thread = new Thread(work, "telephony-sip-trunk-test");
            thread.setDaemon(true);
            return thread;
        });
        sip = new SipTelephony(new SipSettings("127.0.0.1", port, "hotline.test", dir.resolve("sounds"),
                dir.resolve("recordings"), Prompt.file("moh/default"), "127.0.0.1:" + trunk.port()),
                (user, realm) -> Optional.empty(), bus, time);
        sip.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(EngineUp.class, e -> true));
    }

    @AfterEach
    void stop() {
        trunk.close();
        sip.close();
        time.close();
        log.assertGuarantees();
    }

    @Test
    void anOutsideNumberIsCalledThroughTheTrunkShowingTheCentersNumber() throws Exception {
        trunk.reachable("13900001111", true);
        var leg = sip.newLegId();
        sip.originate(Originate.to(leg, "tel:13900001111").withCallerId("95598")).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.contains(Answered.class, a -> a.leg().equals(leg)));
        var invite = trunk.invites().get(0);
        var uri = (SipURI) invite.getRequestURI();
        assertThat(uri.getUser()).isEqualTo("13900001111");
        assertThat(uri.getHost() + ":" + uri.getPort()).isEqualTo("127.0.0.1:" + trunk.port());
        assertThat(((SipURI) ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser())
                .isEqualTo("95598");
        sip.hangup(leg, HangupCause.NORMAL_CLEARING).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aNumberTheCarrierDoesNotKnowFailsWithItsAnswer() throws Exception {
        var leg = sip.newLegId();
        sip.originate(Originate.to(leg, "tel:10000").withCallerId("95598")).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        var failed = await().atMost(Duration.ofSeconds(10)).until(() -> log.first(OriginateFailed.class,
                f -> f.leg().equals(leg)), Optional::isPresent).orElseThrow();
        assertThat(failed.cause()).isEqualTo(HangupCause.UNALLOCATED_NUMBER);
        assertThat(failed.sipCode()).isEqualTo(404);
    }

    @Test
    void aTrunkMustBeAHostWithAnOptionalPort() {
        assertThatThrownBy(() -> new SipSettings("127.0.0.1", 5060, "h", dir, dir, Prompt.file("moh/default"),
                "sip:carrier example")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SipSettings("127.0.0.1", 5060, "h", dir, dir, Prompt.file("moh/default"), " ").trunk())
                .isNull();
    }
}
