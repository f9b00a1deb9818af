package hotline.telephony.simulator;

import hotline.telephony.CallId;
import hotline.telephony.DigitCollection;
import hotline.telephony.EndpointStatus;
import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;
import hotline.telephony.Originate;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.RecordingOptions;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvent.CollectOutcome;
import hotline.telephony.TelephonyEvent.PlaybackOutcome;
import hotline.telephony.TelephonyException;
import hotline.telephony.TelephonyException.Reason;
import hotline.telephony.Timekeeper;
import hotline.telephony.Timekeeper.Scheduled;
import hotline.telephony.VirtualTimekeeper;
import hotline.telephony.support.EventBus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The in-process telephone switch: legs, media, bridges, transfers, recordings and supervision, simulated on one
 * {@link Timekeeper} thread (an actor: every command and every timer is a task on it, so no locks and, in virtual
 * time, an exact replay). Events a task causes are collected and delivered after the task's command stage completes.
 * The far-end methods ({@link #placeCall}, {@link #pressDigits}, {@link #hangUpFromFarEnd(LegId)} …) play the
 * callers and devices in tests; {@link TrafficGenerator} plays them from a traffic profile.
 */
public final class SimulatedEngine implements Telephony, AutoCloseable {

    public static final String NAME = "simulator";
    static final String TRUNK = "sim-trunk";

    private final Timekeeper time;
    private final EventBus bus;
    private final SimulatorSettings settings;
    private final RandomGenerator random;
    private final AtomicLong legNumbers = new AtomicLong();
    private final AtomicLong callNumbers = new AtomicLong();

    // engine-thread state
    private final Map<LegId, SimLeg> legs = new HashMap<>();
    private final Map<String, SimPhone> phones = new HashMap<>();
    private final List<TelephonyEvent> outbox = new ArrayList<>();
    private final Recorder recorder;
    private volatile boolean up;

    public SimulatedEngine(Timekeeper time, EventBus bus, SimulatorSettings settings, RandomGenerator random) {
        this.time = Objects.requireNonNull(time);
        this.bus = Objects.requireNonNull(bus);
        this.settings = Objects.requireNonNull(settings);
        this.random = Objects.requireNonNull(random);
        this.recorder = new Recorder(settings);
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------------

    public CompletionStage<Void> start() {
        return run(() -> {
            if (!up) {
                up = true;
                emit(new TelephonyEvent.EngineUp(time.now(), NAME));
            }
            return null;
        });
    }

    /** Ends every leg ({@code SYSTEM_SHUTDOWN}) and goes down; commands fail until {@link #start()}. */
    public CompletionStage<Void> stop() {
        return run(() -> {
            if (up) {
                for (SimLeg leg : new ArrayList<>(legs.values())) {
                    end(leg, HangupCause.SYSTEM_SHUTDOWN);
                }
                up = false;
                emit(new TelephonyEvent.EngineDown(time.now(), NAME, "stopped"));
            }
            return null;
        });
    }

    /** Stops and waits for it (in virtual time, runs the due tasks). */
    @Override
    public void close() {
        var stopped = stop().toCompletableFuture();
        if (time instanceof VirtualTimekeeper virtual) {
            virtual.runDue();
            return;
        }
        try {
            stopped.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // shutting down anyway
        }
    }

    public Timekeeper timekeeper() {
        return time;
    }

    /** Live legs: for tests of bounded memory. Read on the engine thread or between virtual-time steps. */
    public int liveLegs() {
        return legs.size();
    }

    // ---- the far end: what callers and devices do --------------------------------------------------------------------

    /** A caller who does nothing by itself dials {@code calledNumber}: {@code CallOffered}. */
    public void placeCall(String callerNumber, String calledNumber) {
        placeCall(callerNumber, calledNumber, TRUNK, Map.of(), FarEnd.PASSIVE);
    }

    void placeCall(String callerNumber, String calledNumber, String trunk, Map<String, String> variables,
                   FarEnd farEnd) {
        farEndTask(() -> {
            var leg = new SimLeg(newLegId(), new CallId("call-" + callNumbers.incrementAndGet()), true, null, farEnd);
            legs.put(leg.id, leg);
            emit(new TelephonyEvent.CallOffered(time.now(), leg.call, leg.id, callerNumber, calledNumber, trunk,
                    variables));
            farEnd.offered(leg);
        });
    }

    /** A device registers at {@code endpoint}: {@code EndpointRegistered} (once). */
    public void registerPhone(String endpoint, PhoneBehaviour behaviour) {
        farEndTask(() -> register(endpoint, behaviour));
    }

    public void unregisterPhone(String endpoint) {
        farEndTask(() -> {
            var phone = phones.get(endpoint);
            if (phone != null && phone.registered) {
                phone.registered = false;
                if (phone.current == null) {
                    phones.remove(endpoint);
                }
                emit(new TelephonyEvent.EndpointUnregistered(time.now(), endpoint));
            }
        });
    }

    public void pressDigits(LegId leg, String digits) {
        farEndTask(() -> {
            var live = legs.get(leg);
            if (live != null) {
                digitsFromFarEnd(live, digits);
            }
        });
    }

    public void hangUpFromFarEnd(LegId leg) {
        farEndTask(() -> {
            var live = legs.get(leg);
            if (live != null) {
                hangUpFromFarEnd(live);
            }
        });
    }

    // ---- Telephony ---------------------------------------------------------------------------------------------------

    @Override
    public String engine() {
        return NAME;
    }

    @Override
    public LegId newLegId() {
        return new LegId("leg-" + legNumbers.incrementAndGet());
    }

    @Override
    public CompletionStage<Void> answer(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (!l.inbound || l.state != SimLeg.State.OFFERED) {
                throw TelephonyException.invalidState(leg, "is not an offered inbound leg (it is " + l.state + ")");
            }
            markAnswered(l);
        });
    }

    /** The simulated device lifts the handset at once, whatever its behaviour (a desktop's Answer button). */
    @Override
    public CompletionStage<Void> answerDevice(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (l.inbound || l.state != SimLeg.State.RINGING) {
                throw TelephonyException.invalidState(leg, "is not a ringing device (it is " + l.state + ")");
            }
            markAnswered(l);
        });
    }

    @Override
    public CompletionStage<Void> hangup(LegId leg, HangupCause cause) {
        Objects.requireNonNull(cause, "cause");
        return command(() -> end(live(leg), cause));
    }

    @Override
    public CompletionStage<LegId> originate(Originate request) {
        Objects.requireNonNull(request, "request");
        return task(() -> {
            var leg = newOutboundLeg(request, request.call() != null ? request.call()
                    : new CallId("call-" + callNumbers.incrementAndGet()));
            dial(leg, request.timeout());
            return leg.id;
        });
    }

    @Override
    public CompletionStage<Void> play(LegId leg, Playback playback) {
        Objects.requireNonNull(playback, "playback");
        return command(() -> {
            var l = answered(leg);
            stopPlayback(l, PlaybackOutcome.STOPPED);
            l.playbackTag = playback.tag();
            if (!playback.loop()) {
                var length = playback.prompts().stream().map(this::length).reduce(Duration.ZERO, Duration::plus);
                l.playbackEnd = after(length, () -> stopPlayback(l, PlaybackOutcome.COMPLETED));
            }
        });
    }

    @Override
    public CompletionStage<Void> stopPlayback(LegId leg) {
        return command(() -> stopPlayback(live(leg), PlaybackOutcome.STOPPED));
    }

    @Override
    public CompletionStage<Void> collectDigits(LegId leg, DigitCollection collection) {
        Objects.requireNonNull(collection, "collection");
        return command(() -> {
            var l = answered(leg);
            stopCollecting(l, CollectOutcome.STOPPED);
            if (collection.prompt() != null) {
                stopPlayback(l, PlaybackOutcome.STOPPED);
            }
            l.collection = collection;
            l.digits = new StringBuilder(collection.max());
            var prompt = collection.prompt() == null ? Duration.ZERO : length(collection.prompt());
            l.collectTimer = after(prompt.plus(collection.timeout()), () -> collectTimedOut(l));
            l.farEnd.collecting(l, collection);
        });
    }

    @Override
    public CompletionStage<Void> hold(LegId leg, Prompt music) {
        return command(() -> {
            var l = answered(leg);
            if (l.held) {
                throw TelephonyException.invalidState(leg, "is already held");
            }
            stopPlayback(l, PlaybackOutcome.STOPPED);
            stopCollecting(l, CollectOutcome.STOPPED);
            l.held = true;
            emit(new TelephonyEvent.Held(time.now(), l.call, l.id));
        });
    }

    @Override
    public CompletionStage<Void> unhold(LegId leg) {
        return command(() -> {
            var l = answered(leg);
            if (!l.held) {
                throw TelephonyException.invalidState(leg, "is not held");
            }
            resume(l);
        });
    }

    @Override
    public CompletionStage<Void> bridge(LegId a, LegId b) {
        return command(() -> {
            if (a.equals(b)) {
                throw new TelephonyException(Reason.INVALID_ARGUMENT, "cannot bridge leg " + a + " to itself");
            }
            var first = bridgeable(a);
            var second = bridgeable(b);
            connect(first, second);
        });
    }

    @Override
    public CompletionStage<Void> unbridge(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (l.peer == null) {
                throw TelephonyException.invalidState(leg, "is not bridged");
            }
            disconnect(l);
        });
    }

    @Override
    public CompletionStage<Void> transferBlind(LegId leg, Originate to) {
        Objects.requireNonNull(to, "to");
        return command(() -> {
            var l = answered(leg);
            if (l.transfer != null || l.awaiting != null) {
                throw TelephonyException.invalidState(leg, "is already being transferred");
            }
            var target = newOutboundLeg(to, l.call);
            var peer = l.peer;
            if (peer != null) {
                disconnect(l);
                end(peer, HangupCause.BLIND_TRANSFER);
            }
            target.bridgeOnAnswer = l;
            target.failsPartner = true;
            l.awaiting = target;
            dial(target, to.timeout());
        });
    }

    @Override
    public CompletionStage<Void> transferAttended(LegId party, LegId transferor, Originate consultation) {
        Objects.requireNonNull(consultation, "consultation");
        return command(() -> {
            var p = answered(party);
            var t = answered(transferor);
            if (p.peer != t) {
                throw TelephonyException.invalidState(party, "is not bridged to " + transferor);
            }
            if (p.transfer != null || t.transfer != null || p.awaiting != null || t.awaiting != null) {
                throw TelephonyException.invalidState(transferor, "is already in a transfer");
            }
            var c = newOutboundLeg(consultation, p.call);
            disconnect(p);
            p.held = true;
            emit(new TelephonyEvent.Held(time.now(), p.call, p.id));
            var transfer = new SimLeg.Transfer(p, t, c);
            p.transfer = transfer;
            t.transfer = transfer;
            c.transfer = transfer;
            c.bridgeOnAnswer = t;
            dial(c, consultation.timeout());
        });
    }

    @Override
    public CompletionStage<Void> completeAttendedTransfer(LegId transferor) {
        return command(() -> {
            var transfer = transferBy(transferor);
            if (transfer.transferor.peer != transfer.consultation) {
                throw TelephonyException.invalidState(transferor, "cannot complete: the consultation "
                        + transfer.consultation.id + " is not connected yet");
            }
            end(transfer.transferor, HangupCause.ATTENDED_TRANSFER);
        });
    }

    @Override
    public CompletionStage<Void> cancelAttendedTransfer(LegId transferor) {
        return command(() -> {
            var consultation = transferBy(transferor).consultation;
            end(consultation, consultation.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<Void> startRecording(LegId leg, RecordingOptions options) {
        Objects.requireNonNull(options, "options");
        return command(() -> {
            var l = answered(leg);
            recorder.check(options);
            l.recordings.put(options.key(), new SimLeg.Recording(options, time.now()));
            recorder.started(options.key());
            emit(new TelephonyEvent.RecordingStarted(time.now(), l.call, l.id, options.key()));
        });
    }

    @Override
    public CompletionStage<Void> stopRecording(LegId leg, String key) {
        return command(() -> {
            var l = live(leg);
            var recording = l.recordings.remove(key);
            if (recording == null) {
                throw TelephonyException.invalidState(leg, "has no recording '" + key + "'");
            }
            finishRecording(l, recording);
        });
    }

    @Override
    public CompletionStage<Void> monitor(LegId supervisorLeg, String supervisorEndpoint, LegId target,
                                        MonitorMode mode) {
        Objects.requireNonNull(mode, "mode");
        return command(() -> {
            var t = answered(target);
            var s = newOutboundLeg(Originate.to(supervisorLeg, supervisorEndpoint), t.call);
            s.monitorTarget = t;
            s.monitorMode = mode;
            t.addSupervisor(s);
            dial(s, Originate.DEFAULT_TIMEOUT);
        });
    }

    @Override
    public CompletionStage<Void> setMonitorMode(LegId supervisorLeg, MonitorMode mode) {
        Objects.requireNonNull(mode, "mode");
        return command(() -> {
            var s = live(supervisorLeg);
            if (!s.monitoring) {
                throw TelephonyException.invalidState(supervisorLeg, "is not monitoring");
            }
            s.monitorMode = mode;
            emit(new TelephonyEvent.MonitorModeChanged(time.now(), s.call, s.id, s.monitorTarget.id, mode));
        });
    }

    @Override
    public CompletionStage<Void> stopMonitor(LegId supervisorLeg) {
        return command(() -> {
            var s = live(supervisorLeg);
            if (s.monitorTarget == null) {
                throw TelephonyException.invalidState(supervisorLeg, "is not a supervisor's leg");
            }
            end(s, s.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<EndpointStatus> endpointStatus(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return task(() -> {
            var phone = phone(endpoint);
            return phone != null && phone.registered
                    ? new EndpointStatus(endpoint, true, contact(endpoint))
                    : new EndpointStatus(endpoint, false, null);
        });
    }

    // ---- the switch (engine thread only) ---------------------------------------------------------------------------

    private SimLeg newOutboundLeg(Originate request, CallId call) {
        if (legs.containsKey(request.leg())) {
            throw new TelephonyException(Reason.INVALID_ARGUMENT, "leg id " + request.leg() + " is in use");
        }
        var leg = new SimLeg(request.leg(), call, false, request.destination(), FarEnd.PASSIVE);
        legs.put(leg.id, leg);
        return leg;
    }

    private void dial(SimLeg leg, Duration timeout) {
        var phone = phone(leg.destination);
        if (phone == null && leg.destination.startsWith("tel:")) {
            phone = new SimPhone(leg.destination, settings.devices(), this, random);
        }
        if (phone == null || (!phone.registered && !leg.destination.startsWith("tel:"))) {
            after(settings.ringDelay(), () -> end(leg, HangupCause.USER_NOT_REGISTERED));
            return;
        }
        if (phone.busy()) {
            after(settings.ringDelay(), () -> end(leg, HangupCause.USER_BUSY));
            return;
        }
        var device = phone;
        device.current = leg;
        leg.phone = device;
        leg.farEnd = device;
        after(settings.ringDelay(), () -> {
            if (isLive(leg) && leg.state == SimLeg.State.DIALING) {
                leg.state = SimLeg.State.RINGING;
                emit(new TelephonyEvent.Ringing(time.now(), leg.call, leg.id));
                device.ringing(leg);
            }
        });
        leg.originateTimeout = after(timeout, () -> {
            if (isLive(leg) && !leg.answered()) {
                end(leg, HangupCause.NO_ANSWER);
            }
        });
    }

    /** The registered (or, under the auto-register prefix, auto-registered) device at an endpoint. */
    private SimPhone phone(String endpoint) {
        var phone = phones.get(endpoint);
        if ((phone == null || !phone.registered) && settings.autoRegisterPrefix() != null
                && endpoint.startsWith(settings.autoRegisterPrefix())) {
            phone = register(endpoint, settings.devices());
        }
        return phone;
    }

    private SimPhone register(String endpoint, PhoneBehaviour behaviour) {
        var phone = phones.computeIfAbsent(endpoint, e -> new SimPhone(e, behaviour, this, random));
        phone.behaviour = behaviour;
        if (!phone.registered) {
            phone.registered = true;
            emit(new TelephonyEvent.EndpointRegistered(time.now(), endpoint, contact(endpoint)));
        }
        return phone;
    }

    private static String contact(String endpoint) {
        return "sim:" + endpoint;
    }

    private void markAnswered(SimLeg leg) {
        leg.state = SimLeg.State.ANSWERED;
        if (leg.originateTimeout != null) {
            leg.originateTimeout.cancel();
        }
        emit(new TelephonyEvent.Answered(time.now(), leg.call, leg.id));
        leg.farEnd.answered(leg);
        if (leg.monitorTarget != null) {
            leg.monitoring = true;
            emit(new TelephonyEvent.MonitorStarted(time.now(), leg.call, leg.id, leg.monitorTarget.id,
                    leg.monitorMode));
        }
        var partner = leg.bridgeOnAnswer;
        if (partner != null) {
            leg.bridgeOnAnswer = null;
            partner.awaiting = null;
            if (isLive(partner) && partner.answered() && partner.peer == null && !partner.held) {
                connect(partner, leg);
            } else {
                end(leg, HangupCause.NORMAL_CLEARING);
            }
        }
    }

    void answerFromFarEnd(SimLeg leg) {
        markAnswered(leg);
    }

    void hangUpFromFarEnd(SimLeg leg) {
        end(leg, leg.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
    }

    void digitsFromFarEnd(SimLeg leg, String digits) {
        for (char digit : digits.toCharArray()) {
            if (!isLive(leg) || !leg.answered()) {
                return;
            }
            emit(new TelephonyEvent.Dtmf(time.now(), leg.call, leg.id, digit));
            var collection = leg.collection;
            if (collection == null) {
                continue;
            }
            if (leg.playing() && collection.prompt() != null) {
                stopPlayback(leg, PlaybackOutcome.STOPPED);
            }
            if (collection.terminator() != null && collection.terminator() == digit) {
                stopCollecting(leg, leg.digits.length() >= collection.min() ? CollectOutcome.COMPLETE
                        : CollectOutcome.INCOMPLETE);
            } else {
                leg.digits.append(digit);
                if (leg.digits.length() >= collection.max()) {
                    stopCollecting(leg, CollectOutcome.COMPLETE);
                } else {
                    leg.collectTimer.cancel();
                    leg.collectTimer = after(collection.timeout(), () -> collectTimedOut(leg));
                }
            }
        }
    }

    private void collectTimedOut(SimLeg leg) {
        if (isLive(leg) && leg.collection != null) {
            stopCollecting(leg, leg.digits.length() >= leg.collection.min() ? CollectOutcome.COMPLETE
                    : CollectOutcome.INCOMPLETE);
        }
    }

    private void stopCollecting(SimLeg leg, CollectOutcome outcome) {
        if (leg.collection == null) {
            return;
        }
        leg.collectTimer.cancel();
        leg.collection = null;
        emit(new TelephonyEvent.DigitsCollected(time.now(), leg.call, leg.id, leg.digits.toString(), outcome));
        leg.digits = null;
        leg.farEnd.collectEnded(leg);
    }

    private void stopPlayback(SimLeg leg, PlaybackOutcome outcome) {
        if (!leg.playing()) {
            return;
        }
        if (leg.playbackEnd != null) {
            leg.playbackEnd.cancel();
            leg.playbackEnd = null;
        }
        var tag = leg.playbackTag;
        leg.playbackTag = null;
        emit(new TelephonyEvent.PlaybackFinished(time.now(), leg.call, leg.id, tag, outcome));
    }

    private Duration length(Prompt prompt) {
        if (prompt.kind() == Prompt.Kind.FILE) {
            return settings.promptLength();
        }
        var spoken = settings.ttsPerCharacter().multipliedBy(prompt.value().codePointCount(0, prompt.value().length()));
        return spoken.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : spoken;
    }

    private SimLeg bridgeable(LegId id) {
        var leg = answered(id);
        if (leg.peer != null) {
            throw TelephonyException.invalidState(id, "is already bridged to " + leg.peer.id);
        }
        if (leg.held) {
            throw TelephonyException.invalidState(id, "is held");
        }
        if (leg.monitorTarget != null) {
            throw TelephonyException.invalidState(id, "is a supervisor's monitoring leg");
        }
        return leg;
    }

    private void connect(SimLeg a, SimLeg b) {
        for (SimLeg leg : List.of(a, b)) {
            stopPlayback(leg, PlaybackOutcome.STOPPED);
            stopCollecting(leg, CollectOutcome.STOPPED);
        }
        a.peer = b;
        b.peer = a;
        emit(new TelephonyEvent.Bridged(time.now(), a.call, a.id, b.id));
        emit(new TelephonyEvent.Bridged(time.now(), b.call, b.id, a.id));
        a.farEnd.bridged(a);
        b.farEnd.bridged(b);
    }

    private void disconnect(SimLeg leg) {
        var peer = leg.peer;
        leg.peer = null;
        peer.peer = null;
        emit(new TelephonyEvent.Unbridged(time.now(), leg.call, leg.id, peer.id));
        emit(new TelephonyEvent.Unbridged(time.now(), peer.call, peer.id, leg.id));
        leg.farEnd.unbridged(leg);
        peer.farEnd.unbridged(peer);
    }

    private void resume(SimLeg leg) {
        if (leg.held) {
            leg.held = false;
            emit(new TelephonyEvent.Resumed(time.now(), leg.call, leg.id));
        }
    }

    private SimLeg.Transfer transferBy(LegId transferor) {
        var leg = live(transferor);
        if (leg.transfer == null || leg.transfer.transferor != leg) {
            throw TelephonyException.invalidState(transferor, "has no attended transfer under way");
        }
        return leg.transfer;
    }

    /**
     * Writes the recording and, as an engine with speech recognition would, delivers what was said: a conversation
     * drawn from the key ({@link SimulatedConversation}) for recordings of at least 5 s, its tones in the file.
     */
    private void finishRecording(SimLeg leg, SimLeg.Recording recording) {
        var seconds = Duration.between(recording.startedAt(), time.now()).toNanos() / 1e9;
        var key = recording.options().key();
        var conversation = seconds >= 5 ? SimulatedConversation.of(key, seconds) : null;
        var uri = recorder.write(recording.options(), seconds, conversation);
        emit(new TelephonyEvent.RecordingFinished(time.now(), leg.call, leg.id, key, uri, seconds));
        if (uri != null && conversation != null && !conversation.isEmpty()) {
            emit(new TelephonyEvent.TranscriptReady(time.now(), leg.call, leg.id, key, "simulator", conversation));
        }
    }

    /**
     * Ends a leg: first whatever it was in (collection, playback, recordings, monitoring, supervisors, bridge), then
     * its last event, then the consequences for other legs (transfers, waiting partners).
     */
    private void end(SimLeg leg, HangupCause cause) {
        if (legs.get(leg.id) != leg) {
            return;
        }
        legs.remove(leg.id);
        if (leg.originateTimeout != null) {
            leg.originateTimeout.cancel();
        }
        stopCollecting(leg, CollectOutcome.STOPPED);
        stopPlayback(leg, PlaybackOutcome.STOPPED);
        for (var recording : leg.recordings.values()) {
            finishRecording(leg, recording);
        }
        leg.recordings.clear();
        if (leg.monitorTarget != null) {
            leg.monitorTarget.supervisors.remove(leg);
            if (leg.monitoring) {
                leg.monitoring = false;
                emit(new TelephonyEvent.MonitorEnded(time.now(), leg.call, leg.id, leg.monitorTarget.id));
            }
        }
        for (SimLeg supervisor : new ArrayList<>(leg.supervisors)) {
            end(supervisor, supervisor.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        }
        if (leg.peer != null) {
            disconnect(leg);
        }
        if (!leg.inbound && !leg.answered()) {
            emit(new TelephonyEvent.OriginateFailed(time.now(), leg.call, leg.id, leg.destination, cause, null));
        } else {
            emit(new TelephonyEvent.HungUp(time.now(), leg.call, leg.id, cause, null));
        }
        leg.farEnd.ended(leg);
        if (leg.phone != null && !leg.phone.registered && leg.phone.current == null) {
            phones.remove(leg.phone.endpoint, leg.phone);
        }
        afterEnd(leg, cause);
    }

    private void afterEnd(SimLeg leg, HangupCause cause) {
        var transfer = leg.transfer;
        if (transfer != null) {
            transfer.party.transfer = null;
            transfer.transferor.transfer = null;
            transfer.consultation.transfer = null;
            var party = transfer.party;
            var consultation = transfer.consultation;
            if (leg == transfer.transferor) {
                if (isLive(consultation) && !consultation.answered()) {
                    end(consultation, HangupCause.ORIGINATOR_CANCEL);
                }
                if (isLive(party)) {
                    resume(party);
                    if (isLive(consultation) && consultation.peer == null) {
                        connect(party, consultation);
                    }
                }
            } else if (leg == consultation && isLive(party)) {
                resume(party);
                if (isLive(transfer.transferor) && transfer.transferor.peer == null) {
                    connect(party, transfer.transferor);
                }
            }
        }
        if (leg.awaiting != null && isLive(leg.awaiting) && !leg.awaiting.answered()) {
            end(leg.awaiting, HangupCause.ORIGINATOR_CANCEL);
        }
        if (leg.failsPartner && !leg.answered() && leg.bridgeOnAnswer != null && isLive(leg.bridgeOnAnswer)) {
            leg.bridgeOnAnswer.awaiting = null;
            end(leg.bridgeOnAnswer, cause);
        }
    }

    boolean isLive(SimLeg leg) {
        return legs.get(leg.id) == leg;
    }

    private SimLeg live(LegId id) {
        Objects.requireNonNull(id, "leg");
        var leg = legs.get(id);
        if (leg == null) {
            throw TelephonyException.unknownLeg(id);
        }
        return leg;
    }

    private SimLeg answered(LegId id) {
        var leg = live(id);
        if (!leg.answered()) {
            throw TelephonyException.invalidState(id, "is not answered (it is " + leg.state + ")");
        }
        return leg;
    }

    private void emit(TelephonyEvent event) {
        outbox.add(event);
    }

    private void flush() {
        if (outbox.isEmpty()) {
            return;
        }
        var events = List.copyOf(outbox);
        outbox.clear();
        for (var event : events) {
            bus.publish(event);
        }
    }

    // ---- tasks -------------------------------------------------------------------------------------------------------

    /** Runs {@code action} later on the engine thread, then delivers the events it caused. */
    Scheduled after(Duration delay, Runnable action) {
        return time.schedule(delay, () -> {
            action.run();
            flush();
        });
    }

    private void farEndTask(Runnable action) {
        time.execute(() -> {
            if (up) {
                action.run();
            }
            flush();
        });
    }

    private CompletionStage<Void> command(Runnable action) {
        return task(() -> {
            action.run();
            return null;
        });
    }

    /** A command: runs on the engine thread; its stage completes before the events it caused are delivered. */
    private <T> CompletionStage<T> task(Supplier<T> action) {
        return run(() -> {
            if (!up) {
                throw new TelephonyException(Reason.ENGINE_DOWN, "the simulator is not running");
            }
            return action.get();
        });
    }

    private <T> CompletionStage<T> run(Supplier<T> action) {
        var result = new CompletableFuture<T>();
        time.execute(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            flush();
        });
        return result;
    }
}
