package hotline.telephony.ivr;

import hotline.telephony.EventLog;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.CallQueued;
import hotline.telephony.TelephonyEvent.DigitsCollected;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyEvent.PlaybackFinished;
import hotline.telephony.simulator.SimulatorHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The IVR on the simulator in virtual time, the caller played by the test. */
class SimpleIvrTests {

    @TempDir
    Path recordings;

    SimulatorHarness sim;
    EventLog log;
    SimpleIvr ivr;
    final List<Playback> played = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sim = new SimulatorHarness(recordings);
        log = EventLog.on(sim.events());
        sim.start();
    }

    @AfterEach
    void stop() {
        log.assertGuarantees();
        ivr.close();
        sim.close();
    }

    void ivr(Function<CallOffered, Optional<String>> announcement) {
        ivr = new SimpleIvr(spyingOnPlayback(sim.telephony()), sim.events(), sim.bus()::publish,
                IvrSettings.utilityDefaults(), announcement);
    }

    @Test
    void greetsAsksForAChoiceAndQueuesTheCaller() {
        ivr(offered -> Optional.empty());
        var offered = call("13900000001");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        sim.pressDigits(offered.leg(), "2");
        var queued = expectQueued(offered);
        assertThat(queued.queueCode()).isEqualTo("BILLING");
        assertThat(queued.call()).isEqualTo(offered.call());
        assertThat(queued.callerNumber()).isEqualTo("13900000001");
        assertThat(queued.calledNumber()).isEqualTo("95598");
        assertThat(queued.waitingSince()).isEqualTo(
                log.first(DigitsCollected.class, d -> d.leg().equals(offered.leg())).orElseThrow().at());
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void speaksTheActiveIncidentAfterTheGreeting() {
        ivr(offered -> Optional.of("因线路检修，城东片区今日停电至18时。"));
        var offered = call("13900000002");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        assertThat(played.get(0).prompts()).containsExactly(IvrSettings.utilityDefaults().greeting(),
                Prompt.tts("因线路检修，城东片区今日停电至18时。"));
        sim.pressDigits(offered.leg(), "1");
        assertThat(expectQueued(offered).queueCode()).isEqualTo("REPAIR");
    }

    @Test
    void goesOnWithoutTheAnnouncementWhenTheHookFails() {
        ivr(offered -> {
            throw new IllegalStateException("incident module unavailable");
        });
        var offered = call("13900000003");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        assertThat(played.get(0).prompts()).containsExactly(IvrSettings.utilityDefaults().greeting());
        sim.pressDigits(offered.leg(), "0");
        assertThat(expectQueued(offered).queueCode()).isEqualTo("GENERAL");
    }

    @Test
    void retriesAWrongChoiceThenQueuesForTheDefault() {
        ivr(offered -> Optional.empty());
        var offered = call("13900000004");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        sim.pressDigits(offered.leg(), "9");
        waitFor(() -> log.all(PlaybackFinished.class).stream().filter(p -> p.tag().equals(SimpleIvr.INVALID)).count() == 1);
        sim.pressDigits(offered.leg(), "7");
        waitFor(() -> log.all(PlaybackFinished.class).stream().filter(p -> p.tag().equals(SimpleIvr.INVALID)).count() == 2);
        sim.pressDigits(offered.leg(), "8");
        assertThat(expectQueued(offered).queueCode()).isEqualTo("GENERAL");
        assertThat(log.all(DigitsCollected.class)).extracting(DigitsCollected::digits).containsExactly("9", "7", "8");
    }

    @Test
    void repeatsTheMenuWhenNothingIsPressed() {
        ivr(offered -> Optional.empty());
        var offered = call("13900000005");
        var queued = expectQueued(offered);
        assertThat(queued.queueCode()).isEqualTo("GENERAL");
        assertThat(log.all(DigitsCollected.class)).hasSize(3).allMatch(d -> d.digits().isEmpty());
        assertThat(played).extracting(Playback::tag).doesNotContain(SimpleIvr.INVALID);
    }

    @Test
    void forgetsACallerWhoHangsUpInTheMenu() {
        ivr(offered -> Optional.empty());
        var offered = call("13900000006");
        waitFor(() -> log.contains(Answered.class, a -> a.leg().equals(offered.leg())));
        sim.hangUpFarEnd(offered.leg());
        waitFor(() -> log.contains(HungUp.class, h -> h.leg().equals(offered.leg())));
        sim.time().advanceBy(Duration.ofMinutes(1));
        assertThat(log.all(CallQueued.class)).isEmpty();
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void aQueuedCallerHearsMusicUntilRoutingTakesOver() {
        ivr(offered -> Optional.empty());
        var offered = call("13900000007");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        sim.pressDigits(offered.leg(), "3");
        expectQueued(offered);
        int before = log.size();
        sim.time().advanceBy(Duration.ofMinutes(10));
        assertThat(log.size()).isEqualTo(before);
        assertThat(played.get(played.size() - 1)).satisfies(p -> {
            assertThat(p.tag()).isEqualTo(SimpleIvr.QUEUE);
            assertThat(p.loop()).isTrue();
        });
    }

    @Test
    void everySubscriberSeesTheChoiceBeforeTheQueuedCall() {
        ivr(offered -> Optional.empty());
        var late = EventLog.on(sim.events());
        var offered = call("13900000008");
        waitFor(() -> log.contains(PlaybackFinished.class, p -> p.tag().equals(SimpleIvr.GREETING)));
        sim.pressDigits(offered.leg(), "1");
        expectQueued(offered);
        for (var seen : List.of(log, late)) {
            var collected = seen.first(DigitsCollected.class, d -> true).orElseThrow();
            var queued = seen.first(CallQueued.class, q -> true).orElseThrow();
            assertThat(seen.indexOf(collected)).isLessThan(seen.indexOf(queued));
        }
    }

    private CallOffered call(String caller) {
        sim.placeCall(caller, "95598");
        waitFor(() -> log.contains(CallOffered.class, o -> o.callerNumber().equals(caller)));
        return log.first(CallOffered.class, o -> o.callerNumber().equals(caller)).orElseThrow();
    }

    private CallQueued expectQueued(CallOffered offered) {
        waitFor(() -> log.contains(CallQueued.class, q -> q.leg().equals(offered.leg())));
        return log.first(CallQueued.class, q -> q.leg().equals(offered.leg())).orElseThrow();
    }

    private void waitFor(BooleanSupplier condition) {
        assertThat(sim.time().runUntil(condition, sim.time().now().plus(Duration.ofMinutes(2))))
                .as("%s", log).isTrue();
    }

    /** The engine, with every playback the IVR asks for written down. */
    private Telephony spyingOnPlayback(Telephony telephony) {
        return (Telephony) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Telephony.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("play")) {
                        played.add((Playback) args[1]);
                    }
                    try {
                        return method.invoke(telephony, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
