package hotline.telephony;

import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.Bridged;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.CollectOutcome;
import hotline.telephony.TelephonyEvent.DigitsCollected;
import hotline.telephony.TelephonyEvent.Dtmf;
import hotline.telephony.TelephonyEvent.EndpointRegistered;
import hotline.telephony.TelephonyEvent.EndpointUnregistered;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.Held;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyEvent.LegEnded;
import hotline.telephony.TelephonyEvent.LegEvent;
import hotline.telephony.TelephonyEvent.MonitorEnded;
import hotline.telephony.TelephonyEvent.MonitorModeChanged;
import hotline.telephony.TelephonyEvent.MonitorStarted;
import hotline.telephony.TelephonyEvent.OriginateFailed;
import hotline.telephony.TelephonyEvent.PlaybackFinished;
import hotline.telephony.TelephonyEvent.PlaybackOutcome;
import hotline.telephony.TelephonyEvent.RecordingFinished;
import hotline.telephony.TelephonyEvent.RecordingStarted;
import hotline.telephony.TelephonyEvent.Resumed;
import hotline.telephony.TelephonyEvent.Ringing;
import hotline.telephony.TelephonyEvent.Unbridged;
import hotline.telephony.TelephonyException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The telephony port's contract: what every adapter (simulator, SIP, FreeSWITCH) must do, in the port's own terms.
 * An adapter's test extends this class and supplies a {@link Harness} that plays the far ends (callers, phones) and
 * lets time pass — virtual time for the simulator, real peers (sipp, baresip, a fake ESL server) for the others.
 * After every test the event log is checked against the ordering guarantees of {@link TelephonyEvent}.
 */
public abstract class TelephonyContract {

    /** How long anything may take; in virtual time this costs nothing. */
    protected static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger numbers = new AtomicInteger();

    protected Harness harness;
    protected Telephony telephony;
    protected EventLog log;

    /** The far ends and the clock of one fresh engine. */
    public interface Harness extends AutoCloseable {

        Telephony telephony();

        TelephonyEvents events();

        /** Brings the engine up: {@code EngineUp}. */
        void start();

        /** The adapter's endpoint for a test phone named {@code name} (agent:name, sip:name@127.0.0.1 …). */
        String endpoint(String name);

        /** A phone registers at {@code endpoint}; it answers within a few seconds, or never. */
        void registerPhone(String endpoint, boolean answers);

        void unregisterPhone(String endpoint);

        /** A caller dials in. */
        void placeCall(String callerNumber, String calledNumber);

        void pressDigits(LegId leg, String digits);

        /** The far end of {@code leg} (caller or phone) hangs up. */
        void hangUpFarEnd(LegId leg);

        /** Lets time pass until {@code condition} holds or {@code atMost} has passed. */
        void runUntil(BooleanSupplier condition, Duration atMost);

        /** Lets {@code duration} pass. */
        void pass(Duration duration);

        @Override
        void close();
    }

    protected abstract Harness createHarness();

    @BeforeEach
    void startEngine() {
        harness = createHarness();
        log = EventLog.on(harness.events());
        telephony = harness.telephony();
        harness.start();
        expect(EngineUp.class, e -> true);
    }

    @AfterEach
    void checkGuaranteesAndStop() {
        try {
            log.assertGuarantees();
        } finally {
            harness.close();
        }
    }

    // ---- calls -------------------------------------------------------------------------------------------------------

    @Test
    void offersAnInboundCallWithItsNumbersAndAnswersIt() {
        var offered = incomingCall();
        assertThat(offered.calledNumber()).isEqualTo("95598");
        assertThat(offered.trunk()).isNotBlank();
        complete(telephony.answer(offered.leg()));
        var answered = expectOn(offered.leg(), Answered.class);
        assertThat(answered.call()).isEqualTo(offered.call());
        assertThat(answered.at()).isAfterOrEqualTo(offered.at());
    }

    @Test
    void completesACommandsStageBeforeDeliveringItsEvents() {
        var offered = incomingCall();
        var answeredSeenFirst = new AtomicBoolean(true);
        var stage = telephony.answer(offered.leg()).thenRun(() ->
                answeredSeenFirst.set(log.contains(Answered.class, a -> a.leg().equals(offered.leg()))));
        complete(stage);
        expectOn(offered.leg(), Answered.class);
        assertThat(answeredSeenFirst).as("Answered delivered before the answer command completed").isFalse();
    }

    @Test
    void rejectsAnOfferedCall() {
        var offered = incomingCall();
        complete(telephony.hangup(offered.leg(), HangupCause.CALL_REJECTED));
        assertThat(expectOn(offered.leg(), HungUp.class).cause()).isEqualTo(HangupCause.CALL_REJECTED);
    }

    @Test
    void aCallerWhoHangsUpBeforeTheAnswerIsAnOriginatorCancel() {
        var offered = incomingCall();
        harness.hangUpFarEnd(offered.leg());
        assertThat(expectOn(offered.leg(), HungUp.class).cause()).isEqualTo(HangupCause.ORIGINATOR_CANCEL);
    }

    @Test
    void refusesCommandsOnLegsThatDoNotExistOrHaveEnded() {
        assertThat(refused(telephony.answer(LegId.of("no-such-leg"))).reason()).isEqualTo(Reason.UNKNOWN_LEG);
        var offered = answeredCall();
        complete(telephony.hangup(offered.leg(), HangupCause.NORMAL_CLEARING));
        expectOn(offered.leg(), HungUp.class);
        assertThat(refused(telephony.play(offered.leg(), Playback.once("late", Prompt.file("x")))).reason())
                .isEqualTo(Reason.UNKNOWN_LEG);
        assertThat(refused(telephony.hangup(offered.leg(), HangupCause.NORMAL_CLEARING)).reason())
                .isEqualTo(Reason.UNKNOWN_LEG);
    }

    @Test
    void refusesToAnswerALegThatIsNotOffered() {
        var offered = answeredCall();
        assertThat(refused(telephony.answer(offered.leg())).reason()).isEqualTo(Reason.INVALID_STATE);
    }

    // ---- media -------------------------------------------------------------------------------------------------------

    @Test
    void playsPromptsAndSaysWhenTheyAreDone() {
        var offered = answeredCall();
        complete(telephony.play(offered.leg(), Playback.once("welcome", Prompt.file("ivr/welcome"),
                Prompt.tts("您好"))));
        var finished = expect(PlaybackFinished.class, p -> p.leg().equals(offered.leg()));
        assertThat(finished.tag()).isEqualTo("welcome");
        assertThat(finished.outcome()).isEqualTo(PlaybackOutcome.COMPLETED);
    }

    @Test
    void loopsAPlaybackUntilItIsStopped() {
        var offered = answeredCall();
        complete(telephony.play(offered.leg(), Playback.looping("music", Prompt.file("moh/default"))));
        harness.pass(Duration.ofSeconds(20));
        assertThat(log.contains(PlaybackFinished.class, p -> p.leg().equals(offered.leg()))).isFalse();
        complete(telephony.stopPlayback(offered.leg()));
        var finished = expect(PlaybackFinished.class, p -> p.leg().equals(offered.leg()));
        assertThat(finished.tag()).isEqualTo("music");
        assertThat(finished.outcome()).isEqualTo(PlaybackOutcome.STOPPED);
    }

    @Test
    void aNewPlaybackStopsTheCurrentOne() {
        var offered = answeredCall();
        complete(telephony.play(offered.leg(), Playback.looping("first", Prompt.file("moh/default"))));
        complete(telephony.play(offered.leg(), Playback.once("second", Prompt.file("ivr/bye"))));
        var second = expect(PlaybackFinished.class, p -> p.tag().equals("second"));
        var first = expect(PlaybackFinished.class, p -> p.tag().equals("first"));
        assertThat(first.outcome()).isEqualTo(PlaybackOutcome.STOPPED);
        assertThat(second.outcome()).isEqualTo(PlaybackOutcome.COMPLETED);
        assertThat(log.indexOf(first)).isLessThan(log.indexOf(second));
    }

    @Test
    void collectsDigitsUpToTheTerminator() {
        var offered = answeredCall();
        complete(telephony.collectDigits(offered.leg(),
                new DigitCollection(1, 6, '#', Duration.ofSeconds(5), Prompt.tts("请输入户号"))));
        harness.pressDigits(offered.leg(), "42#");
        var collected = expectOn(offered.leg(), DigitsCollected.class);
        assertThat(collected.digits()).isEqualTo("42");
        assertThat(collected.outcome()).isEqualTo(CollectOutcome.COMPLETE);
        assertThat(log.all(Dtmf.class).stream().filter(d -> d.leg().equals(offered.leg())).map(Dtmf::digit))
                .containsExactly('4', '2', '#');
    }

    @Test
    void stopsCollectingAtTheMaximum() {
        var offered = answeredCall();
        complete(telephony.collectDigits(offered.leg(), new DigitCollection(2, 2, null, Duration.ofSeconds(5), null)));
        harness.pressDigits(offered.leg(), "73");
        var collected = expectOn(offered.leg(), DigitsCollected.class);
        assertThat(collected.digits()).isEqualTo("73");
        assertThat(collected.outcome()).isEqualTo(CollectOutcome.COMPLETE);
    }

    @Test
    void aCollectionWithoutInputTimesOutIncomplete() {
        var offered = answeredCall();
        complete(telephony.collectDigits(offered.leg(), DigitCollection.menu(null, Duration.ofSeconds(3))));
        var collected = expectOn(offered.leg(), DigitsCollected.class);
        assertThat(collected.digits()).isEmpty();
        assertThat(collected.outcome()).isEqualTo(CollectOutcome.INCOMPLETE);
    }

    @Test
    void aTerminatorBeforeTheMinimumIsIncomplete() {
        var offered = answeredCall();
        complete(telephony.collectDigits(offered.leg(), new DigitCollection(3, 8, '#', Duration.ofSeconds(5), null)));
        harness.pressDigits(offered.leg(), "1#");
        var collected = expectOn(offered.leg(), DigitsCollected.class);
        assertThat(collected.digits()).isEqualTo("1");
        assertThat(collected.outcome()).isEqualTo(CollectOutcome.INCOMPLETE);
    }

    @Test
    void reportsDigitsPressedOutsideACollection() {
        var offered = answeredCall();
        harness.pressDigits(offered.leg(), "5");
        assertThat(expectOn(offered.leg(), Dtmf.class).digit()).isEqualTo('5');
    }

    // ---- bridging ------------------------------------------------------------------------------------------------------

    @Test
    void bridgesTheCallerToAnOriginatedAgentLegInTheSameCall() {
        var offered = answeredCall();
        var phone = phone("agent-a", true);
        var agent = telephony.newLegId();
        assertThat(complete(telephony.originate(Originate.to(agent, phone).inCall(offered.call())
                .withCallerId(offered.callerNumber())))).isEqualTo(agent);
        var ringing = expectOn(agent, Ringing.class);
        var answered = expectOn(agent, Answered.class);
        assertThat(ringing.call()).isEqualTo(offered.call());
        assertThat(answered.call()).isEqualTo(offered.call());
        complete(telephony.bridge(offered.leg(), agent));
        assertThat(expectOn(offered.leg(), Bridged.class).other()).isEqualTo(agent);
        assertThat(expectOn(agent, Bridged.class).other()).isEqualTo(offered.leg());
    }

    @Test
    void bridgingStopsPlaybackOnBothLegs() {
        var offered = answeredCall();
        complete(telephony.play(offered.leg(), Playback.looping("queue", Prompt.file("moh/default"))));
        var agent = agentLeg(offered, "agent-b");
        complete(telephony.bridge(offered.leg(), agent));
        var stopped = expect(PlaybackFinished.class, p -> p.leg().equals(offered.leg()));
        assertThat(stopped.outcome()).isEqualTo(PlaybackOutcome.STOPPED);
        assertThat(log.indexOf(stopped)).isLessThan(log.indexOf(expectOn(offered.leg(), Bridged.class)));
    }

    @Test
    void refusesToBridgeALegThatIsAlreadyBridged() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-c");
        var other = answeredCall();
        assertThat(refused(telephony.bridge(other.leg(), agent)).reason()).isEqualTo(Reason.INVALID_STATE);
    }

    @Test
    void unbridgesAndLeavesBothLegsUp() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-d");
        complete(telephony.unbridge(agent));
        assertThat(expectOn(offered.leg(), Unbridged.class).other()).isEqualTo(agent);
        assertThat(expectOn(agent, Unbridged.class).other()).isEqualTo(offered.leg());
        complete(telephony.play(offered.leg(), Playback.once("still-here", Prompt.file("ivr/survey"))));
        complete(telephony.bridge(offered.leg(), agent));
        hangUpBoth(offered.leg(), agent);
    }

    @Test
    void whenTheCallerHangsUpTheAgentLegIsUnbridgedAndStaysUp() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-e");
        harness.hangUpFarEnd(offered.leg());
        var unbridged = expectOn(agent, Unbridged.class);
        var hungUp = expectOn(offered.leg(), HungUp.class);
        assertThat(hungUp.cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        assertThat(log.indexOf(expectOn(offered.leg(), Unbridged.class))).isLessThan(log.indexOf(hungUp));
        assertThat(unbridged.other()).isEqualTo(offered.leg());
        complete(telephony.hangup(agent, HangupCause.NORMAL_CLEARING));
        expectOn(agent, HungUp.class);
    }

    @Test
    void whenTheAgentHangsUpTheCallerStaysUpForWhatComesNext() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-f");
        harness.hangUpFarEnd(agent);
        assertThat(expectOn(agent, HungUp.class).cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        expectOn(offered.leg(), Unbridged.class);
        complete(telephony.play(offered.leg(), Playback.once("survey", Prompt.tts("请为本次服务评分"))));
        expect(PlaybackFinished.class, p -> p.leg().equals(offered.leg()));
        complete(telephony.hangup(offered.leg(), HangupCause.NORMAL_CLEARING));
        expectOn(offered.leg(), HungUp.class);
    }

    @Test
    void holdsAndResumesALeg() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-g");
        complete(telephony.hold(offered.leg(), Prompt.file("moh/default")));
        expectOn(offered.leg(), Held.class);
        assertThat(refused(telephony.hold(offered.leg(), Prompt.file("moh/default"))).reason())
                .isEqualTo(Reason.INVALID_STATE);
        complete(telephony.unhold(offered.leg()));
        expectOn(offered.leg(), Resumed.class);
        hangUpBoth(offered.leg(), agent);
    }

    // ---- transfers -----------------------------------------------------------------------------------------------------

    @Test
    void blindTransferHandsTheCallerToTheNewDestination() {
        var offered = answeredCall();
        var first = bridgedAgent(offered, "agent-h");
        var target = telephony.newLegId();
        complete(telephony.transferBlind(offered.leg(), Originate.to(target, phone("agent-i", true))));
        assertThat(expectOn(first, HungUp.class).cause()).isEqualTo(HangupCause.BLIND_TRANSFER);
        assertThat(expectOn(target, Answered.class).call()).isEqualTo(offered.call());
        assertThat(expect(Bridged.class, b -> b.leg().equals(offered.leg()) && b.other().equals(target))).isNotNull();
        hangUpBoth(offered.leg(), target);
    }

    @Test
    void aBlindTransferToNobodyEndsTheCaller() {
        var offered = answeredCall();
        bridgedAgent(offered, "agent-j");
        var target = telephony.newLegId();
        complete(telephony.transferBlind(offered.leg(), Originate.to(target, harness.endpoint("nobody-j"))));
        expectOn(target, OriginateFailed.class);
        expectOn(offered.leg(), HungUp.class);
    }

    @Test
    void attendedTransferConsultsThenCompletes() {
        var offered = answeredCall();
        var transferor = bridgedAgent(offered, "agent-k");
        var consultation = telephony.newLegId();
        complete(telephony.transferAttended(offered.leg(), transferor,
                Originate.to(consultation, phone("agent-l", true))));
        expectOn(offered.leg(), Held.class);
        assertThat(expectOn(consultation, Answered.class).call()).isEqualTo(offered.call());
        expect(Bridged.class, b -> b.leg().equals(transferor) && b.other().equals(consultation));
        complete(telephony.completeAttendedTransfer(transferor));
        assertThat(expectOn(transferor, HungUp.class).cause()).isEqualTo(HangupCause.ATTENDED_TRANSFER);
        expectOn(offered.leg(), Resumed.class);
        expect(Bridged.class, b -> b.leg().equals(offered.leg()) && b.other().equals(consultation));
        hangUpBoth(offered.leg(), consultation);
    }

    @Test
    void attendedTransferCanBeCancelled() {
        var offered = answeredCall();
        var transferor = bridgedAgent(offered, "agent-m");
        var consultation = telephony.newLegId();
        complete(telephony.transferAttended(offered.leg(), transferor,
                Originate.to(consultation, phone("agent-n", true))));
        expect(Bridged.class, b -> b.leg().equals(transferor) && b.other().equals(consultation));
        complete(telephony.cancelAttendedTransfer(transferor));
        int consultationEnd = log.indexOf(expectOn(consultation, HungUp.class));
        expectOn(offered.leg(), Resumed.class);
        expect(Bridged.class, b -> b.leg().equals(offered.leg()) && b.other().equals(transferor)
                && log.indexOf(b) > consultationEnd);
        hangUpBoth(offered.leg(), transferor);
    }

    @Test
    void aFailedConsultationReconnectsTheParty() {
        var offered = answeredCall();
        var transferor = bridgedAgent(offered, "agent-o");
        var consultation = telephony.newLegId();
        complete(telephony.transferAttended(offered.leg(), transferor,
                Originate.to(consultation, harness.endpoint("nobody-o"))));
        int consultationEnd = log.indexOf(expectOn(consultation, OriginateFailed.class));
        expectOn(offered.leg(), Resumed.class);
        expect(Bridged.class, b -> b.leg().equals(offered.leg()) && b.other().equals(transferor)
                && log.indexOf(b) > consultationEnd);
        hangUpBoth(offered.leg(), transferor);
    }

    // ---- recording -----------------------------------------------------------------------------------------------------

    @Test
    void recordsALegIntoAFile() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-p");
        String key = "tck/" + offered.call().value() + "-" + numbers.incrementAndGet();
        complete(telephony.startRecording(offered.leg(), RecordingOptions.stereoWav(key)));
        assertThat(expectOn(offered.leg(), RecordingStarted.class).key()).isEqualTo(key);
        harness.pass(Duration.ofSeconds(3));
        complete(telephony.stopRecording(offered.leg(), key));
        var finished = expectOn(offered.leg(), RecordingFinished.class);
        assertThat(finished.key()).isEqualTo(key);
        assertThat(finished.uri()).isNotNull();
        assertThat(finished.seconds()).isGreaterThanOrEqualTo(2.5);
        hangUpBoth(offered.leg(), agent);
    }

    @Test
    void aRecordingFinishesBeforeItsLegEnds() {
        var offered = answeredCall();
        String key = "tck/ends-" + numbers.incrementAndGet();
        complete(telephony.startRecording(offered.leg(), RecordingOptions.stereoWav(key)));
        harness.hangUpFarEnd(offered.leg());
        var hungUp = expectOn(offered.leg(), HungUp.class);
        var finished = expectOn(offered.leg(), RecordingFinished.class);
        assertThat(log.indexOf(finished)).isLessThan(log.indexOf(hungUp));
    }

    // ---- supervision ---------------------------------------------------------------------------------------------------

    @Test
    void aSupervisorListensWhispersAndBarges() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-q");
        var supervisor = telephony.newLegId();
        complete(telephony.monitor(supervisor, phone("supervisor-q", true), agent, MonitorMode.LISTEN));
        var started = expectOn(supervisor, MonitorStarted.class);
        assertThat(started.target()).isEqualTo(agent);
        assertThat(started.mode()).isEqualTo(MonitorMode.LISTEN);
        assertThat(started.call()).isEqualTo(offered.call());
        complete(telephony.setMonitorMode(supervisor, MonitorMode.WHISPER));
        expect(MonitorModeChanged.class, m -> m.leg().equals(supervisor) && m.mode() == MonitorMode.WHISPER);
        complete(telephony.setMonitorMode(supervisor, MonitorMode.BARGE));
        expect(MonitorModeChanged.class, m -> m.leg().equals(supervisor) && m.mode() == MonitorMode.BARGE);
        complete(telephony.stopMonitor(supervisor));
        var ended = expectOn(supervisor, MonitorEnded.class);
        assertThat(log.indexOf(ended)).isLessThan(log.indexOf(expectOn(supervisor, HungUp.class)));
        hangUpBoth(offered.leg(), agent);
    }

    @Test
    void monitoringEndsWhenTheTargetEnds() {
        var offered = answeredCall();
        var agent = bridgedAgent(offered, "agent-r");
        var supervisor = telephony.newLegId();
        complete(telephony.monitor(supervisor, phone("supervisor-r", true), agent, MonitorMode.LISTEN));
        expectOn(supervisor, MonitorStarted.class);
        harness.hangUpFarEnd(agent);
        expectOn(supervisor, MonitorEnded.class);
        expectOn(supervisor, HungUp.class);
        complete(telephony.hangup(offered.leg(), HangupCause.NORMAL_CLEARING));
        expectOn(offered.leg(), HungUp.class);
    }

    // ---- originate failures ----------------------------------------------------------------------------------------------

    @Test
    void originatingToAnUnregisteredEndpointFails() {
        var leg = telephony.newLegId();
        complete(telephony.originate(Originate.to(leg, harness.endpoint("nobody-s"))));
        var failed = expectOn(leg, OriginateFailed.class);
        assertThat(failed.cause()).isEqualTo(HangupCause.USER_NOT_REGISTERED);
        assertThat(log.of(leg)).noneMatch(e -> e instanceof Answered || e instanceof HungUp);
    }

    @Test
    void anUnansweredOriginateFailsWithNoAnswerAfterItsTimeout() {
        var leg = telephony.newLegId();
        complete(telephony.originate(Originate.to(leg, phone("agent-t", false)).withTimeout(Duration.ofSeconds(4))));
        expectOn(leg, Ringing.class);
        assertThat(expectOn(leg, OriginateFailed.class).cause()).isEqualTo(HangupCause.NO_ANSWER);
        assertThat(log.of(leg)).noneMatch(e -> e instanceof Answered || e instanceof HungUp);
    }

    @Test
    void aRingingOriginateCanBeCancelled() {
        var leg = telephony.newLegId();
        complete(telephony.originate(Originate.to(leg, phone("agent-u", false))));
        expectOn(leg, Ringing.class);
        complete(telephony.hangup(leg, HangupCause.ORIGINATOR_CANCEL));
        assertThat(expectOn(leg, OriginateFailed.class).cause()).isEqualTo(HangupCause.ORIGINATOR_CANCEL);
    }

    @Test
    void anOriginateWithoutACallStartsANewCall() {
        var leg = telephony.newLegId();
        complete(telephony.originate(Originate.to(leg, phone("agent-v", true))));
        var answered = expectOn(leg, Answered.class);
        assertThat(answered.call()).isNotNull();
        complete(telephony.hangup(leg, HangupCause.NORMAL_CLEARING));
        expectOn(leg, HungUp.class);
    }

    // ---- endpoints ---------------------------------------------------------------------------------------------------------

    @Test
    void announcesAndReportsEndpointRegistration() {
        String endpoint = harness.endpoint("agent-w");
        assertThat(complete(telephony.endpointStatus(endpoint)).registered()).isFalse();
        harness.registerPhone(endpoint, true);
        expect(EndpointRegistered.class, e -> e.endpoint().equals(endpoint));
        var status = complete(telephony.endpointStatus(endpoint));
        assertThat(status.registered()).isTrue();
        assertThat(status.endpoint()).isEqualTo(endpoint);
        harness.unregisterPhone(endpoint);
        expect(EndpointUnregistered.class, e -> e.endpoint().equals(endpoint));
        assertThat(complete(telephony.endpointStatus(endpoint)).registered()).isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------------

    /** A caller with a number of its own dials 95598. */
    protected CallOffered incomingCall() {
        String caller = "1380000" + String.format("%04d", numbers.incrementAndGet() % 10_000);
        harness.placeCall(caller, "95598");
        return expect(CallOffered.class, o -> o.callerNumber().equals(caller));
    }

    protected CallOffered answeredCall() {
        var offered = incomingCall();
        complete(telephony.answer(offered.leg()));
        expectOn(offered.leg(), Answered.class);
        return offered;
    }

    /** A registered phone's endpoint. */
    protected String phone(String name, boolean answers) {
        String endpoint = harness.endpoint(name);
        harness.registerPhone(endpoint, answers);
        expect(EndpointRegistered.class, e -> e.endpoint().equals(endpoint));
        return endpoint;
    }

    /** An answered agent leg in the caller's call. */
    protected LegId agentLeg(CallOffered offered, String name) {
        var agent = telephony.newLegId();
        complete(telephony.originate(Originate.to(agent, phone(name, true)).inCall(offered.call())));
        expectOn(agent, Answered.class);
        return agent;
    }

    protected LegId bridgedAgent(CallOffered offered, String name) {
        var agent = agentLeg(offered, name);
        complete(telephony.bridge(offered.leg(), agent));
        expectOn(agent, Bridged.class);
        return agent;
    }

    protected void hangUpBoth(LegId a, LegId b) {
        complete(telephony.hangup(a, HangupCause.NORMAL_CLEARING));
        expectOn(a, HungUp.class);
        complete(telephony.hangup(b, HangupCause.NORMAL_CLEARING));
        expectOn(b, LegEnded.class);
    }

    protected <E extends TelephonyEvent> E expect(Class<E> type, Predicate<? super E> condition) {
        harness.runUntil(() -> log.contains(type, condition), WAIT);
        return log.first(type, condition).orElseGet(() ->
                fail("no %s as expected within %s; %s", type.getSimpleName(), WAIT, log));
    }

    protected <E extends LegEvent> E expectOn(LegId leg, Class<E> type) {
        return expect(type, e -> e.leg().equals(leg));
    }

    /** Waits for the stage and returns its value, failing the test if the engine refused the command. */
    protected <T> T complete(CompletionStage<T> stage) {
        var future = stage.toCompletableFuture();
        harness.runUntil(future::isDone, WAIT);
        assertThat(future).as("command still pending after %s", WAIT).isDone();
        try {
            return future.join();
        } catch (CompletionException e) {
            return fail("the engine refused the command: %s", e.getCause());
        }
    }

    /** Waits for the stage and returns why the engine refused the command. */
    protected TelephonyException refused(CompletionStage<?> stage) {
        var future = stage.toCompletableFuture();
        harness.runUntil(future::isDone, WAIT);
        assertThat(future).as("command still pending after %s", WAIT).isDone();
        try {
            future.join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(TelephonyException.class);
            return (TelephonyException) e.getCause();
        }
        return fail("the engine accepted a command it should have refused");
    }
}
