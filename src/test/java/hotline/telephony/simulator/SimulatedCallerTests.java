package hotline.telephony.simulator;

import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.Originate;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.DigitsCollected;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.DigitCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulated callers from a profile with fixed durations, so each behaviour shows at an exact instant. */
class SimulatedCallerTests {

    @TempDir
    Path recordings;

    SimulatorHarness sim;
    EventLog log;

    private CallOffered oneCaller(TrafficProfile.Builder profile) {
        sim = new SimulatorHarness(SimulatorSettings.defaults(recordings).withAutoRegisterPrefix("agent:")
                .withDevices(new PhoneBehaviour(Distribution.fixed(Duration.ofSeconds(2)), 0, Duration.ofSeconds(2))), 11);
        log = EventLog.on(sim.events());
        sim.start();
        var traffic = new TrafficGenerator(sim.engine(), profile.constantRate(3600).build(), 11);
        traffic.start();
        sim.time().runUntil(() -> !log.all(CallOffered.class).isEmpty(), sim.time().now().plus(Duration.ofHours(1)));
        traffic.stop();
        return log.all(CallOffered.class).get(0);
    }

    private static TrafficProfile.Builder fixed(Duration patience, Duration handle, double callerHangsUp) {
        return TrafficProfile.builder().patience(Distribution.fixed(patience)).handleTime(Distribution.fixed(handle))
                .thinkTime(Distribution.fixed(Duration.ofSeconds(2))).callerHangupShare(callerHangsUp)
                .menuChoices(Map.of("2", 1.0));
    }

    @Test
    void abandonsAfterItsPatienceWhenNobodyAnswers() {
        var offered = oneCaller(fixed(Duration.ofSeconds(40), Duration.ofMinutes(3), 1));
        sim.time().advanceBy(Duration.ofMinutes(5));
        var hungUp = log.first(HungUp.class, h -> h.leg().equals(offered.leg())).orElseThrow();
        assertThat(hungUp.cause()).isEqualTo(HangupCause.ORIGINATOR_CANCEL);
        assertThat(Duration.between(offered.at(), hungUp.at())).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void pressesItsMenuChoiceAfterThinkingAndWaitsItsPatienceAgain() {
        var offered = oneCaller(fixed(Duration.ofSeconds(40), Duration.ofMinutes(3), 1));
        sim.telephony().answer(offered.leg());
        sim.time().advanceBy(Duration.ofSeconds(10));
        sim.telephony().collectDigits(offered.leg(), DigitCollection.menu(null, Duration.ofSeconds(5)));
        sim.time().advanceBy(Duration.ofMinutes(5));
        var collected = log.first(DigitsCollected.class, d -> true).orElseThrow();
        assertThat(collected.digits()).isEqualTo("2");
        var hungUp = log.first(HungUp.class, h -> h.leg().equals(offered.leg())).orElseThrow();
        assertThat(hungUp.cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        assertThat(Duration.between(collected.at(), hungUp.at())).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void talksForItsHandleTimeThenHangsUp() {
        var offered = oneCaller(fixed(Duration.ofSeconds(40), Duration.ofMinutes(3), 1));
        var agent = connectAnAgent(offered);
        sim.time().advanceBy(Duration.ofMinutes(10));
        var callerEnd = log.first(HungUp.class, h -> h.leg().equals(offered.leg())).orElseThrow();
        var bridgedAt = log.first(hotline.telephony.TelephonyEvent.Bridged.class, b -> true).orElseThrow().at();
        assertThat(Duration.between(bridgedAt, callerEnd.at())).isEqualTo(Duration.ofMinutes(3));
        // the agent's phone hangs up two seconds after it is left alone
        var agentEnd = log.first(HungUp.class, h -> h.leg().equals(agent)).orElseThrow();
        assertThat(Duration.between(callerEnd.at(), agentEnd.at())).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void letsTheAgentEndTheCallWhenTheProfileSaysSo() {
        var offered = oneCaller(fixed(Duration.ofSeconds(40), Duration.ofMinutes(3), 0));
        var agent = connectAnAgent(offered);
        sim.time().advanceBy(Duration.ofMinutes(10));
        var agentEnd = log.first(HungUp.class, h -> h.leg().equals(agent)).orElseThrow();
        var callerEnd = log.first(HungUp.class, h -> h.leg().equals(offered.leg())).orElseThrow();
        assertThat(log.indexOf(agentEnd)).isLessThan(log.indexOf(callerEnd));
        assertThat(Duration.between(agentEnd.at(), callerEnd.at())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aProfileWithoutCallsPlacesNoneAndStops() {
        sim = new SimulatorHarness(SimulatorSettings.defaults(recordings), 1);
        sim.start();
        var traffic = new TrafficGenerator(sim.engine(), TrafficProfile.builder()
                .rates(Duration.ofHours(1), Collections.nCopies(24, 0.0)).build(), 1);
        traffic.start();
        sim.time().advanceBy(Duration.ofDays(3));
        assertThat(traffic.offered()).isZero();
        assertThat(traffic.running()).isFalse();
        assertThat(sim.time().pending()).isZero();
    }

    private hotline.telephony.LegId connectAnAgent(CallOffered offered) {
        var telephony = sim.telephony();
        telephony.answer(offered.leg());
        var agent = telephony.newLegId();
        telephony.originate(Originate.to(agent, "agent:7").inCall(offered.call()));
        sim.time().runUntil(() -> log.contains(Answered.class, a -> a.leg().equals(agent)),
                sim.time().now().plus(Duration.ofSeconds(30)));
        telephony.bridge(offered.leg(), agent);
        sim.time().runDue();
        return agent;
    }
}
