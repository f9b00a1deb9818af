package hotline.telephony.sip;

import hotline.telephony.EventLog;
import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.Originate;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.RecordingOptions;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.Bridged;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.EndpointRegistered;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.TelephonyEvent.RecordingFinished;
import hotline.telephony.TelephonyEvent.Unbridged;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real call through the B2BUA: sipp calls in from the "trunk", Hotline answers, calls the agent's baresip (which
 * registered with digest authentication), bridges the two, records the caller's leg in stereo and the caller hangs up.
 * The recording's left channel must hold the caller's speech (found by correlation against the clip sipp played), the
 * right channel the agent's.
 */
class SipBridgedCallTests {

    static final String AGENT = "agent1001";
    static final String SECOND_AGENT = "agent1002";
    static final String SECRET = "s3cret-1001";

    @TempDir
    Path dir;
    SipPeers peers;
    SipTelephony sip;
    RealTimekeeper time;
    EventLog log;
    EventBus bus;
    int port;

    @BeforeEach
    void start() {
        SipPeers.require("sipp", "baresip", "sox", "espeak-ng");
        peers = new SipPeers(dir);
        port = SipPeers.freeUdpPort();
        bus = new EventBus();
        log = EventLog.on(bus);
        time = Timekeeper.realTime(Clock.systemUTC(), work -> {
            var thread = new Thread(work, "telephony-sip-test");
            thread.setDaemon(true);
            return thread;
        });
        String realm = "hotline.test";
        SipCredentials credentials = (user, r) -> (user.equals(AGENT) || user.equals(SECOND_AGENT)) && r.equals(realm)
                ? Optional.of(SipCredentials.ha1Of(user, realm, SECRET)) : Optional.empty();
        sip = new SipTelephony(new SipSettings("127.0.0.1", port, realm, dir.resolve("sounds"),
                dir.resolve("recordings"), Prompt.file("moh/default")), credentials, bus, time);
        sip.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(EngineUp.class, e -> true));
    }

    @AfterEach
    void stop() {
        if (peers != null) {
            peers.close();
        }
        if (sip != null) {
            sip.close();
            time.close();
            log.assertGuarantees();
        }
    }

    @Test
    void aCallerIsBridgedToARegisteredAgentAndTheRecordingHoldsBothVoices() throws Exception {
        var callerSpeech = peers.speech("caller", "en-us",
                "Hello, I would like to check the status of my order number one two three four five.", 0);
        var agentSpeech = peers.speech("agent", "en-us",
                "Thank you for calling the hotline, my name is Li, how can I help you today?", 30);
        peers.baresip(AGENT, SECRET, port, agentSpeech);
        var registered = await().atMost(Duration.ofSeconds(15)).until(
                () -> log.first(EndpointRegistered.class, e -> e.endpoint().equals("sip:" + AGENT + "@hotline.test")),
                Optional::isPresent).orElseThrow();
        assertThat(registered.contact()).contains("127.0.0.1");

        String key = "calls/bridged-1";
        route(registered.endpoint(), key);
        var caller = peers.sippCaller(port, "13800001234", "95598", SipPeers.speaking(peers.ulaw(callerSpeech)),
                Duration.ofMillis(1500), Duration.ofSeconds(7), 1, 1, 1);
        int exit = SipPeers.waitFor(caller, Duration.ofSeconds(40));
        assertThat(exit).as("sipp reported a failed call:\n%s", peers.log("sipp-13800001234.log")).isZero();

        var offered = log.first(CallOffered.class, o -> true).orElseThrow();
        assertThat(offered.callerNumber()).isEqualTo("13800001234");
        assertThat(offered.calledNumber()).isEqualTo("95598");
        assertThat(offered.variables()).containsEntry("X-Carrier-Trunk", "ct-test");
        var hungUp = await().atMost(Duration.ofSeconds(5)).until(
                () -> log.first(HungUp.class, h -> h.leg().equals(offered.leg())), Optional::isPresent).orElseThrow();
        assertThat(hungUp.cause()).isEqualTo(HangupCause.NORMAL_CLEARING);
        var agentLeg = log.first(Bridged.class, b -> b.leg().equals(offered.leg())).orElseThrow().other();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(HungUp.class, h -> h.leg().equals(agentLeg)));
        assertThat(log.first(Unbridged.class, u -> u.leg().equals(agentLeg))).isPresent();

        var recording = log.first(RecordingFinished.class, r -> r.key().equals(key)).orElseThrow();
        var file = Path.of(recording.uri());
        assertThat(javax.sound.sampled.AudioSystem.getAudioFileFormat(file.toFile()).getFormat().getChannels())
                .isEqualTo(2);
        var left = AudioCheck.channel(file, 0);
        var right = AudioCheck.channel(file, 1);
        var callerClip = AudioCheck.channel(callerSpeech, 0);
        var agentClip = AudioCheck.channel(agentSpeech, 0);
        assertThat(recording.seconds()).isGreaterThan(5.0);
        assertThat(AudioCheck.shareFound(callerClip, left, 0.9)).as("caller's speech on the left").isGreaterThan(0.8);
        assertThat(AudioCheck.shareFound(callerClip, right, 0.9)).as("caller's speech on the right").isLessThan(0.2);
        assertThat(AudioCheck.rms(right)).as("agent's voice on the right").isGreaterThan(0.01);
        assertThat(AudioCheck.shareFound(agentClip, right, 0.9)).as("agent's speech on the right").isGreaterThan(0.5);
    }

    /** What a revoked or reset SIP account does to its phone: its binding is dropped and it rings no more. */
    @Test
    void anUnregisteredPhoneIsForgottenAndNoLongerRings() throws Exception {
        peers.baresip(AGENT, SECRET, port, peers.speech("agent", "en-us", "Hello.", 0));
        String endpoint = "sip:" + AGENT + "@hotline.test";
        await().atMost(Duration.ofSeconds(15)).until(() -> log.contains(EndpointRegistered.class,
                e -> e.endpoint().equals(endpoint)));
        assertThat(sip.endpointStatus(endpoint).toCompletableFuture().get().registered()).isTrue();

        sip.unregister(AGENT).toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(
                hotline.telephony.TelephonyEvent.EndpointUnregistered.class, e -> e.endpoint().equals(endpoint)));
        assertThat(sip.endpointStatus(endpoint).toCompletableFuture().get().registered()).isFalse();
        var leg = sip.newLegId();
        sip.originate(Originate.to(leg, endpoint)).toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS);
        var failed = await().atMost(Duration.ofSeconds(5)).until(() -> log.first(
                hotline.telephony.TelephonyEvent.OriginateFailed.class, f -> f.leg().equals(leg)), Optional::isPresent)
                .orElseThrow();
        assertThat(failed.cause()).isEqualTo(HangupCause.USER_NOT_REGISTERED);
        // a second unregister finds nothing to forget and says nothing
        sip.unregister(AGENT).toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(log.all(hotline.telephony.TelephonyEvent.EndpointUnregistered.class)).hasSize(1);
    }

    @Test
    void aBlindTransferHandsTheCallerToASecondAgentWhoIsThenHeard() throws Exception {
        var callerSpeech = peers.speech("caller", "en-us",
                "I was cut off earlier. My meter number is seven seven three one. Can you check it please?", 0);
        var firstSpeech = peers.speech("first", "en-us", "Let me transfer you to billing.", 30);
        var secondSpeech = peers.speech("second", "en-us",
                "Billing department, this is Wang speaking. I can see your meter here.", 30);
        peers.baresip(AGENT, SECRET, port, firstSpeech);
        peers.baresip(SECOND_AGENT, SECRET, port, secondSpeech);
        await().atMost(Duration.ofSeconds(15)).until(() -> log.all(EndpointRegistered.class).size() == 2);

        String key = "calls/transferred-1";
        route("sip:" + AGENT + "@hotline.test", key);
        var second = new AtomicReference<LegId>();
        bus.subscribe(event -> {
            boolean customersBridge = event instanceof Bridged bridged && log.first(CallOffered.class, o -> true)
                    .map(o -> o.leg().equals(bridged.leg())).orElse(false);
            if (customersBridge && second.get() == null) {
                second.set(sip.newLegId());
                var customer = ((Bridged) event).leg();
                time.schedule(Duration.ofMillis(2500), () -> sip.transferBlind(customer,
                        Originate.to(second.get(), "sip:" + SECOND_AGENT + "@hotline.test")));
            } else if (event instanceof Unbridged unbridged && unbridged.leg().equals(second.get())) {
                sip.hangup(unbridged.leg(), HangupCause.NORMAL_CLEARING);
            }
        });
        var caller = peers.sippCaller(port, "13800005678", "95598", SipPeers.speaking(peers.ulaw(callerSpeech)),
                Duration.ofMillis(1500), Duration.ofSeconds(9), 1, 1, 1);
        assertThat(SipPeers.waitFor(caller, Duration.ofSeconds(40)))
                .as("sipp:\n%s", peers.log("sipp-13800005678.log")).isZero();

        var customer = log.first(CallOffered.class, o -> true).orElseThrow().leg();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.contains(RecordingFinished.class, r -> true));
        var first = log.first(Bridged.class, b -> b.leg().equals(customer)).orElseThrow().other();
        assertThat(log.first(HungUp.class, h -> h.leg().equals(first)).orElseThrow().cause())
                .isEqualTo(HangupCause.BLIND_TRANSFER);
        assertThat(log.first(Answered.class, a -> a.leg().equals(second.get())).orElseThrow().call())
                .isEqualTo(log.first(CallOffered.class, o -> true).orElseThrow().call());
        assertThat(log.first(Bridged.class, b -> b.leg().equals(customer) && b.other().equals(second.get())))
                .isPresent();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> log.contains(HungUp.class, h -> h.leg().equals(second.get())));

        var file = Path.of(log.first(RecordingFinished.class, r -> r.key().equals(key)).orElseThrow().uri());
        var left = AudioCheck.channel(file, 0);
        var right = AudioCheck.channel(file, 1);
        assertThat(AudioCheck.shareFound(AudioCheck.channel(callerSpeech, 0), left, 0.9)).isGreaterThan(0.8);
        assertThat(AudioCheck.shareFound(AudioCheck.channel(secondSpeech, 0), right, 0.9))
                .as("the second agent heard by the caller").isGreaterThan(0.5);
    }

    /** The smallest routing: answer every caller, ring the agent in the same call, bridge, record the caller. */
    private void route(String agentEndpoint, String key) {
        var agent = new AtomicReference<LegId>();
        var customer = new AtomicReference<LegId>();
        bus.subscribe(event -> {
            if (event instanceof CallOffered offered) {
                customer.set(offered.leg());
                sip.answer(offered.leg());
            } else if (event instanceof Answered answered && answered.leg().equals(customer.get())) {
                agent.set(sip.newLegId());
                sip.originate(Originate.to(agent.get(), agentEndpoint).inCall(answered.call())
                        .withCallerId("13800001234"));
            } else if (event instanceof Answered answered && answered.leg().equals(agent.get())) {
                sip.bridge(customer.get(), answered.leg())
                        .thenRun(() -> sip.startRecording(customer.get(), RecordingOptions.stereoWav(key)));
            } else if (event instanceof Unbridged unbridged && unbridged.leg().equals(agent.get())) {
                sip.hangup(unbridged.leg(), HangupCause.NORMAL_CLEARING);
            }
        });
    }
}
