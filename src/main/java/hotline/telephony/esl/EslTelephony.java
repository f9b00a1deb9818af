package hotline.telephony.esl;

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
import hotline.telephony.support.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The FreeSWITCH adapter: the port's commands become event-socket {@code api} / {@code bgapi} / {@code sendmsg}
 * commands, FreeSWITCH's {@code CHANNEL_*}, {@code DTMF}, {@code RECORD_*}, {@code BACKGROUND_JOB} and
 * {@code sofia::register} events become port events. A thin translator: FreeSWITCH does the media and the timing; the
 * adapter keeps just enough per-leg state to refuse commands the port forbids, to close what a leg was in before its
 * end, and to compose transfers from originate + uuid_bridge. Everything runs on one engine thread; a command's stage
 * completes as soon as the command is written, before any frame it causes can be read, so its events follow it.
 */
public final class EslTelephony implements Telephony, EslClient.Listener, AutoCloseable {

    static final String ENGINE = "freeswitch";
    static final List<String> EVENTS = List.of("CHANNEL_CREATE", "CHANNEL_PROGRESS", "CHANNEL_PROGRESS_MEDIA",
            "CHANNEL_ANSWER", "CHANNEL_PARK", "CHANNEL_BRIDGE", "CHANNEL_UNBRIDGE", "CHANNEL_HOLD", "CHANNEL_UNHOLD",
            "CHANNEL_EXECUTE_COMPLETE", "CHANNEL_HANGUP_COMPLETE", "DTMF", "RECORD_START", "RECORD_STOP",
            "BACKGROUND_JOB", "CUSTOM", "sofia::register", "sofia::unregister", "sofia::expire");
    private static final Logger log = LoggerFactory.getLogger(EslTelephony.class);
    private static final String DIGITS_VARIABLE = "hotline_digits";

    private final EslSettings settings;
    private final EventBus bus;
    private final Timekeeper time;
    private final EslClient client;
    private final Map<LegId, EslLeg> legs = new HashMap<>();
    private final Map<String, EslLeg> jobs = new HashMap<>();
    private final List<TelephonyEvent> outbox = new ArrayList<>();
    private Instant engineTime;
    private volatile boolean up;

    public EslTelephony(EslSettings settings, EventBus bus, Timekeeper time) {
        this.settings = settings;
        this.bus = bus;
        this.time = time;
        this.engineTime = time.now();
        this.client = new EslClient(new EslClient.Settings(settings.host(), settings.port(), settings.password(),
                settings.format(), EVENTS, settings.connectTimeout(), settings.minBackoff(), settings.maxBackoff()),
                this);
    }

    /** Connects (and keeps reconnecting); {@code EngineUp} once authenticated and subscribed. */
    public void start() {
        client.start();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public LegId newLegId() {
        return new LegId(UUID.randomUUID().toString());
    }

    // ---- commands --------------------------------------------------------------------------------------------------

    @Override
    public CompletionStage<Void> answer(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (!l.inbound || l.state != EslLeg.State.OFFERED) {
                throw TelephonyException.invalidState(leg, "is not an offered inbound leg (it is " + l.state + ")");
            }
            api("uuid_answer " + l.uuid());
        });
    }

    @Override
    public CompletionStage<Void> hangup(LegId leg, HangupCause cause) {
        Objects.requireNonNull(cause, "cause");
        return command(() -> kill(live(leg), cause));
    }

    @Override
    public CompletionStage<LegId> originate(Originate request) {
        Objects.requireNonNull(request, "request");
        return task(() -> {
            var call = request.call() != null ? request.call() : new CallId(request.leg().value());
            var leg = newOutboundLeg(request.leg(), call, request.destination());
            dial(leg, request, "&park()");
            return leg.id;
        });
    }

    @Override
    public CompletionStage<Void> play(LegId leg, Playback playback) {
        Objects.requireNonNull(playback, "playback");
        return command(() -> {
            var l = answered(leg);
            stopPlayback(l, PlaybackOutcome.STOPPED, true);
            l.playbackId = UUID.randomUUID().toString();
            l.playbackTag = playback.tag();
            execute(l, playback.loop() ? "endless_playback" : "playback", files(playback.prompts()), l.playbackId);
        });
    }

    @Override
    public CompletionStage<Void> stopPlayback(LegId leg) {
        return command(() -> stopPlayback(live(leg), PlaybackOutcome.STOPPED, true));
    }

    @Override
    public CompletionStage<Void> collectDigits(LegId leg, DigitCollection collection) {
        Objects.requireNonNull(collection, "collection");
        return command(() -> {
            var l = answered(leg);
            stopCollecting(l, CollectOutcome.STOPPED, true);
            if (collection.prompt() != null) {
                stopPlayback(l, PlaybackOutcome.STOPPED, true);
            }
            l.collectId = UUID.randomUUID().toString();
            l.collection = collection;
            l.digits = new StringBuilder();
            l.terminated = false;
            long timeout = collection.timeout().toMillis();
            String prompt = collection.prompt() == null ? "silence_stream://250" : files(List.of(collection.prompt()));
            String terminators = collection.terminator() == null ? "none" : String.valueOf(collection.terminator());
            // min max tries timeout terminators file invalid_file var_name regexp digit_timeout
            execute(l, "play_and_get_digits", String.join(" ", String.valueOf(Math.max(collection.min(), 1)),
                    String.valueOf(collection.max()), "1", String.valueOf(timeout), terminators, prompt,
                    "silence_stream://1", DIGITS_VARIABLE, "\\d+|[*#A-D0-9]+", String.valueOf(timeout)), l.collectId);
        });
    }

    @Override
    public CompletionStage<Void> hold(LegId leg, Prompt music) {
        Objects.requireNonNull(music, "music");
        return command(() -> {
            var l = answered(leg);
            if (l.held) {
                throw TelephonyException.invalidState(leg, "is already held");
            }
            api("uuid_setvar " + l.uuid() + " hold_music " + file(music));
            api("uuid_hold " + l.uuid());
        });
    }

    @Override
    public CompletionStage<Void> unhold(LegId leg) {
        return command(() -> {
            var l = answered(leg);
            if (!l.held) {
                throw TelephonyException.invalidState(leg, "is not held");
            }
            api("uuid_hold off " + l.uuid());
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
            api("uuid_bridge " + first.uuid() + " " + second.uuid());
        });
    }

    @Override
    public CompletionStage<Void> unbridge(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (l.peer == null) {
                throw TelephonyException.invalidState(leg, "is not bridged");
            }
            // park_after_bridge (set on every leg) parks the peer as well; CHANNEL_UNBRIDGE follows.
            api("uuid_park " + l.uuid());
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
            var target = newOutboundLeg(to.leg(), l.call, to.destination());
            if (l.peer != null) {
                kill(l.peer, HangupCause.BLIND_TRANSFER);
            }
            target.bridgeOnAnswer = l;
            target.failsPartner = true;
            l.awaiting = target;
            dial(target, to, "&park()");
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
            var c = newOutboundLeg(consultation.leg(), p.call, consultation.destination());
            var transfer = new EslLeg.Transfer(p, t, c);
            p.transfer = transfer;
            t.transfer = transfer;
            c.transfer = transfer;
            c.bridgeOnAnswer = t;
            api("uuid_park " + p.uuid());
            api("uuid_hold " + p.uuid());
            dial(c, consultation, "&park()");
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
            kill(transfer.transferor, HangupCause.ATTENDED_TRANSFER);
        });
    }

    @Override
    public CompletionStage<Void> cancelAttendedTransfer(LegId transferor) {
        return command(() -> {
            var consultation = transferBy(transferor).consultation;
            kill(consultation, consultation.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<Void> startRecording(LegId leg, RecordingOptions options) {
        Objects.requireNonNull(options, "options");
        return command(() -> {
            var l = answered(leg);
            if (!options.format().equals("wav")) {
                throw new TelephonyException(Reason.INVALID_ARGUMENT, "FreeSWITCH records wav here, not "
                        + options.format());
            }
            if (l.recordings.containsKey(options.key())) {
                throw TelephonyException.invalidState(leg, "already records '" + options.key() + "'");
            }
            String path = settings.recordings().resolve(options.key() + ".wav").toString();
            l.recordings.put(options.key(), new EslLeg.Recording(path, engineTime, false));
            // Stereo: the channel's read (what it says) left, its write (what it hears) right.
            api("uuid_setvar " + l.uuid() + " RECORD_STEREO " + options.stereo());
            api("uuid_record " + l.uuid() + " start " + path);
        });
    }

    @Override
    public CompletionStage<Void> stopRecording(LegId leg, String key) {
        return command(() -> {
            var l = live(leg);
            var recording = l.recordings.get(key);
            if (recording == null) {
                throw TelephonyException.invalidState(leg, "has no recording '" + key + "'");
            }
            api("uuid_record " + l.uuid() + " stop " + recording.path());
        });
    }

    @Override
    public CompletionStage<Void> monitor(LegId supervisorLeg, String supervisorEndpoint, LegId target,
                                        MonitorMode mode) {
        Objects.requireNonNull(mode, "mode");
        return command(() -> {
            var t = answered(target);
            var s = newOutboundLeg(supervisorLeg, t.call, supervisorEndpoint);
            s.monitorTarget = t;
            s.monitorMode = mode;
            t.supervisors.add(s);
            dial(s, Originate.to(supervisorLeg, supervisorEndpoint).withVariables(Map.of("eavesdrop_enable_dtmf",
                    "true")), "&eavesdrop(" + t.uuid() + ")");
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
            api("uuid_recv_dtmf " + s.uuid() + " " + eavesdropDigit(mode));
            emit(new TelephonyEvent.MonitorModeChanged(engineTime, s.call, s.id, s.monitorTarget.id, mode));
        });
    }

    @Override
    public CompletionStage<Void> stopMonitor(LegId supervisorLeg) {
        return command(() -> {
            var s = live(supervisorLeg);
            if (s.monitorTarget == null) {
                throw TelephonyException.invalidState(supervisorLeg, "is not a supervisor's leg");
            }
            kill(s, s.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<EndpointStatus> endpointStatus(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!up || !client.isReady()) {
            return CompletableFuture.failedFuture(engineDown());
        }
        var user = endpoint.startsWith("user/") ? endpoint.substring(5) : endpoint;
        var result = new CompletableFuture<EndpointStatus>();
        client.api("sofia_contact " + (user.contains("@") ? user : user + "@" + settings.domain()))
                .whenComplete((body, failure) -> time.execute(() -> {
                    if (failure != null) {
                        result.completeExceptionally(engineDown());
                    } else {
                        var contact = body.trim();
                        boolean registered = !contact.isEmpty() && !contact.startsWith("error/")
                                && !contact.startsWith("-ERR");
                        result.complete(new EndpointStatus(endpoint, registered, registered ? contact : null));
                    }
                }));
        return result;
    }

    // ---- event socket (reader thread: hand over to the engine thread) ---------------------------------------------

    @Override
    public void connected() {
        time.execute(() -> {
            reconcile();
            up = true;
            emit(new TelephonyEvent.EngineUp(engineTime, ENGINE));
            flush();
        });
    }

    @Override
    public void disconnected(String reason) {
        time.execute(() -> {
            if (up) {
                up = false;
                emit(new TelephonyEvent.EngineDown(engineTime, ENGINE, reason));
                flush();
            }
        });
    }

    @Override
    public void event(EslEvent event) {
        time.execute(() -> {
            try {
                on(event);
            } catch (RuntimeException e) {
                log.warn("could not translate FreeSWITCH event {}", event.name(), e);
            }
            flush();
        });
    }

    /**
     * After a reconnect the events of the gap are lost: every leg FreeSWITCH no longer has ends now, before
     * {@code EngineUp} (asks {@code uuid_exists} for each, synchronously on the engine thread: a handful of round
     * trips on loopback, and no event can be delivered meanwhile anyway).
     */
    private void reconcile() {
        for (var leg : List.copyOf(legs.values())) {
            try {
                String exists = client.api("uuid_exists " + leg.uuid()).get(settings.connectTimeout().toMillis(),
                        java.util.concurrent.TimeUnit.MILLISECONDS).trim();
                if (!exists.equals("true")) {
                    end(leg, HangupCause.NORMAL_TEMPORARY_FAILURE, null);
                }
            } catch (Exception e) {
                log.warn("could not reconcile leg {} after reconnecting: {}", leg.id, e.toString());
            }
        }
    }

    private void on(EslEvent event) {
        var timestamp = event.header("Event-Date-Timestamp");
        if (timestamp != null && !timestamp.isBlank()) {
            long micros = Long.parseLong(timestamp.trim());
            var at = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
            if (at.isAfter(engineTime)) {
                engineTime = at;
            }
        }
        String name = event.name() == null ? "" : event.name();
        if (name.equals("CUSTOM")) {
            registration(event);
            return;
        }
        if (name.equals("BACKGROUND_JOB")) {
            jobDone(event);
            return;
        }
        var leg = legs.get(new LegId(event.header("Unique-ID", "-")));
        if (leg == null) {
            if (name.equals("CHANNEL_PARK") && "inbound".equals(event.header("Call-Direction"))
                    && !"answered".equals(event.header("Answer-State"))) {
                offered(event);
            }
            return;
        }
        switch (name) {
            case "CHANNEL_PROGRESS", "CHANNEL_PROGRESS_MEDIA" -> {
                if (leg.state == EslLeg.State.DIALING) {
                    leg.state = EslLeg.State.RINGING;
                    emit(new TelephonyEvent.Ringing(engineTime, leg.call, leg.id));
                }
            }
            case "CHANNEL_ANSWER" -> answered(leg);
            case "CHANNEL_BRIDGE" -> {
                var other = legs.get(new LegId(event.header("Other-Leg-Unique-ID", "-")));
                if (other != null && leg.peer != other) {
                    connect(leg, other);
                }
            }
            case "CHANNEL_UNBRIDGE" -> {
                if (leg.peer != null) {
                    disconnect(leg);
                }
            }
            case "CHANNEL_HOLD" -> {
                if (!leg.held) {
                    stopCollecting(leg, CollectOutcome.STOPPED, false);
                    stopPlayback(leg, PlaybackOutcome.STOPPED, false);
                    leg.held = true;
                    emit(new TelephonyEvent.Held(engineTime, leg.call, leg.id));
                }
            }
            case "CHANNEL_UNHOLD" -> resume(leg);
            case "CHANNEL_EXECUTE_COMPLETE" -> executed(leg, event);
            case "DTMF" -> dtmf(leg, event.header("DTMF-Digit", ""));
            case "RECORD_START" -> recordingStarted(leg, event.header("Record-File-Path", ""));
            case "RECORD_STOP" -> recordingStopped(leg, event);
            case "CHANNEL_HANGUP_COMPLETE" -> end(leg, HangupCause.fromName(event.header("Hangup-Cause", "")),
                    sipCode(event));
            default -> {
                // CHANNEL_CREATE, CHANNEL_PARK of known legs: nothing to tell
            }
        }
    }

    private void offered(EslEvent event) {
        var id = new LegId(event.header("Unique-ID"));
        var call = new CallId(event.header("variable_hotline_call", id.value()));
        var leg = new EslLeg(id, call, true, null, EslLeg.State.OFFERED);
        legs.put(id, leg);
        var variables = new HashMap<String, String>();
        event.headers().forEach((name, value) -> {
            if (name.startsWith("variable_sip_h_")) {
                variables.put(name.substring("variable_".length()), value);
            }
        });
        String trunk = event.header("variable_sip_gateway_name",
                event.header("variable_sofia_profile_name", ENGINE));
        emit(new TelephonyEvent.CallOffered(engineTime, call, id, event.header("Caller-Caller-ID-Number", ""),
                event.header("Caller-Destination-Number", ""), trunk, variables));
    }

    private void answered(EslLeg leg) {
        if (leg.answered()) {
            return;
        }
        leg.state = EslLeg.State.ANSWERED;
        emit(new TelephonyEvent.Answered(engineTime, leg.call, leg.id));
        if (leg.monitorTarget != null) {
            leg.monitoring = true;
            emit(new TelephonyEvent.MonitorStarted(engineTime, leg.call, leg.id, leg.monitorTarget.id,
                    leg.monitorMode));
            if (leg.monitorMode != MonitorMode.LISTEN) {
                api("uuid_recv_dtmf " + leg.uuid() + " " + eavesdropDigit(leg.monitorMode));
            }
        }
        var partner = leg.bridgeOnAnswer;
        if (partner != null && isLive(partner) && partner.peer == null) {
            if (partner.awaiting == leg) {
                partner.awaiting = null;
            }
            api("uuid_bridge " + partner.uuid() + " " + leg.uuid());
        }
    }

    private void jobDone(EslEvent event) {
        var leg = jobs.remove(event.header("Job-UUID", "-"));
        if (leg == null || !isLive(leg) || leg.answered()) {
            return;
        }
        var result = event.body().trim();
        if (result.startsWith("-ERR")) {
            var cause = result.substring(4).trim();
            end(leg, leg.requestedCause != null ? leg.requestedCause : HangupCause.fromName(cause), null);
        }
    }

    private void registration(EslEvent event) {
        String subclass = event.header("Event-Subclass", "");
        String user = event.header("from-user", event.header("username"));
        if (user == null) {
            return;
        }
        String endpoint = "user/" + user;
        switch (subclass) {
            case "sofia::register" -> emit(new TelephonyEvent.EndpointRegistered(engineTime, endpoint,
                    event.header("contact")));
            case "sofia::unregister", "sofia::expire" -> emit(new TelephonyEvent.EndpointUnregistered(engineTime,
                    endpoint));
            default -> {
            }
        }
    }

    private void executed(EslLeg leg, EslEvent event) {
        var id = event.header("Application-UUID");
        if (id == null) {
            return;
        }
        if (id.equals(leg.playbackId)) {
            // "FILE PLAYED" when the files ran to their end; an interrupted playback answers otherwise
            stopPlayback(leg, "FILE PLAYED".equals(event.header("Application-Response"))
                    ? PlaybackOutcome.COMPLETED : PlaybackOutcome.STOPPED, false);
        } else if (id.equals(leg.collectId)) {
            var c = leg.collection;
            stopCollecting(leg, leg.digits.length() >= c.min() ? CollectOutcome.COMPLETE : CollectOutcome.INCOMPLETE,
                    false);
        }
    }

    private void dtmf(EslLeg leg, String digit) {
        if (digit.isEmpty()) {
            return;
        }
        char d = digit.charAt(0);
        emit(new TelephonyEvent.Dtmf(engineTime, leg.call, leg.id, d));
        var c = leg.collection;
        if (c != null && !leg.terminated && leg.digits.length() < c.max()) {
            if (c.terminator() != null && c.terminator() == d) {
                leg.terminated = true;
            } else {
                leg.digits.append(d);
            }
        }
    }

    private void recordingStarted(EslLeg leg, String path) {
        leg.recordings.replaceAll((key, recording) -> {
            if (recording.path().equals(path) && !recording.started()) {
                emit(new TelephonyEvent.RecordingStarted(engineTime, leg.call, leg.id, key));
                return new EslLeg.Recording(path, engineTime, true);
            }
            return recording;
        });
    }

    private void recordingStopped(EslLeg leg, EslEvent event) {
        var path = event.header("Record-File-Path", "");
        var key = leg.recordings.entrySet().stream().filter(e -> e.getValue().path().equals(path))
                .map(Map.Entry::getKey).findFirst();
        if (key.isEmpty()) {
            return;
        }
        var recording = leg.recordings.remove(key.get());
        double seconds;
        var ms = event.header("variable_record_ms");
        var s = event.header("variable_record_seconds");
        if (ms != null) {
            seconds = Long.parseLong(ms.trim()) / 1000.0;
        } else if (s != null) {
            seconds = Double.parseDouble(s.trim());
        } else {
            seconds = java.time.Duration.between(recording.startedAt(), engineTime).toMillis() / 1000.0;
        }
        finishRecording(leg, key.get(), recording, seconds);
    }

    private void finishRecording(EslLeg leg, String key, EslLeg.Recording recording, double seconds) {
        if (!recording.started()) {
            emit(new TelephonyEvent.RecordingStarted(engineTime, leg.call, leg.id, key));
        }
        emit(new TelephonyEvent.RecordingFinished(engineTime, leg.call, leg.id, key,
                java.nio.file.Path.of(recording.path()).toUri(), seconds));
    }

    // ---- leg bookkeeping (engine thread) ----------------------------------------------------------------------------

    private void connect(EslLeg a, EslLeg b) {
        for (var leg : List.of(a, b)) {
            if (leg.peer != null) {
                disconnect(leg);
            }
            stopCollecting(leg, CollectOutcome.STOPPED, false);
            stopPlayback(leg, PlaybackOutcome.STOPPED, false);
        }
        a.peer = b;
        b.peer = a;
        emit(new TelephonyEvent.Bridged(engineTime, a.call, a.id, b.id));
        emit(new TelephonyEvent.Bridged(engineTime, b.call, b.id, a.id));
    }

    private void disconnect(EslLeg leg) {
        var peer = leg.peer;
        leg.peer = null;
        peer.peer = null;
        emit(new TelephonyEvent.Unbridged(engineTime, leg.call, leg.id, peer.id));
        emit(new TelephonyEvent.Unbridged(engineTime, peer.call, peer.id, leg.id));
    }

    private void resume(EslLeg leg) {
        if (leg.held) {
            leg.held = false;
            emit(new TelephonyEvent.Resumed(engineTime, leg.call, leg.id));
        }
    }

    private void stopPlayback(EslLeg leg, PlaybackOutcome outcome, boolean breakIt) {
        if (leg.playbackId == null) {
            return;
        }
        if (breakIt) {
            api("uuid_break " + leg.uuid());
        }
        var tag = leg.playbackTag;
        leg.playbackId = null;
        leg.playbackTag = null;
        emit(new TelephonyEvent.PlaybackFinished(engineTime, leg.call, leg.id, tag, outcome));
    }

    private void stopCollecting(EslLeg leg, CollectOutcome outcome, boolean breakIt) {
        if (leg.collectId == null) {
            return;
        }
        if (breakIt) {
            api("uuid_break " + leg.uuid());
        }
        var digits = leg.digits.toString();
        leg.collectId = null;
        leg.collection = null;
        leg.digits = null;
        emit(new TelephonyEvent.DigitsCollected(engineTime, leg.call, leg.id, digits, outcome));
    }

    /**
     * A leg's end: first whatever it was in (collection, playback, recordings, monitoring, supervisors, bridge), then
     * its last event, then what follows for other legs (transfers).
     */
    private void end(EslLeg leg, HangupCause cause, Integer sipCode) {
        if (!isLive(leg)) {
            return;
        }
        legs.remove(leg.id);
        if (leg.job != null) {
            jobs.remove(leg.job);
        }
        stopCollecting(leg, CollectOutcome.STOPPED, false);
        stopPlayback(leg, PlaybackOutcome.STOPPED, false);
        for (var entry : List.copyOf(leg.recordings.entrySet())) {
            var recording = entry.getValue();
            finishRecording(leg, entry.getKey(), recording,
                    java.time.Duration.between(recording.startedAt(), engineTime).toMillis() / 1000.0);
        }
        leg.recordings.clear();
        if (leg.monitorTarget != null) {
            leg.monitorTarget.supervisors.remove(leg);
            if (leg.monitoring) {
                leg.monitoring = false;
                emit(new TelephonyEvent.MonitorEnded(engineTime, leg.call, leg.id, leg.monitorTarget.id));
            }
        }
        for (var supervisor : List.copyOf(leg.supervisors)) {
            // eavesdrop returns when its target goes; the supervisor's channel then hangs up by itself
            if (supervisor.monitoring) {
                supervisor.monitoring = false;
                emit(new TelephonyEvent.MonitorEnded(engineTime, supervisor.call, supervisor.id, leg.id));
            }
        }
        if (leg.peer != null) {
            disconnect(leg);
        }
        if (!leg.inbound && !leg.answered()) {
            emit(new TelephonyEvent.OriginateFailed(engineTime, leg.call, leg.id, leg.destination, cause, sipCode));
        } else {
            emit(new TelephonyEvent.HungUp(engineTime, leg.call, leg.id, cause, sipCode));
        }
        afterEnd(leg, cause);
    }

    private void afterEnd(EslLeg leg, HangupCause cause) {
        var transfer = leg.transfer;
        if (transfer != null) {
            transfer.party.transfer = null;
            transfer.transferor.transfer = null;
            transfer.consultation.transfer = null;
            var party = transfer.party;
            var consultation = transfer.consultation;
            EslLeg reconnectTo = null;
            if (leg == transfer.transferor) {
                if (isLive(consultation) && !consultation.answered()) {
                    kill(consultation, HangupCause.ORIGINATOR_CANCEL);
                } else {
                    reconnectTo = consultation;
                }
            } else if (leg == consultation) {
                reconnectTo = transfer.transferor;
            }
            if (isLive(party)) {
                api("uuid_hold off " + party.uuid());
                if (reconnectTo != null && isLive(reconnectTo)) {
                    api("uuid_bridge " + party.uuid() + " " + reconnectTo.uuid());
                }
            }
        }
        if (leg.awaiting != null && isLive(leg.awaiting) && !leg.awaiting.answered()) {
            kill(leg.awaiting, HangupCause.ORIGINATOR_CANCEL);
        }
        if (leg.failsPartner && !leg.answered() && leg.bridgeOnAnswer != null && isLive(leg.bridgeOnAnswer)) {
            leg.bridgeOnAnswer.awaiting = null;
            kill(leg.bridgeOnAnswer, cause);
        }
    }

    private EslLeg newOutboundLeg(LegId id, CallId call, String destination) {
        if (legs.containsKey(id)) {
            throw new TelephonyException(Reason.INVALID_ARGUMENT, "leg id " + id + " is in use");
        }
        var leg = new EslLeg(id, call, false, destination, EslLeg.State.DIALING);
        legs.put(id, leg);
        return leg;
    }

    /** {@code bgapi originate}: the leg's uuid and call travel as channel variables; the result is a BACKGROUND_JOB. */
    private void dial(EslLeg leg, Originate request, String application) {
        var variables = new java.util.LinkedHashMap<String, String>();
        variables.put("origination_uuid", leg.uuid());
        variables.put("hotline_call", leg.call.value());
        variables.put("originate_timeout", String.valueOf(Math.max(1, request.timeout().toSeconds())));
        variables.put("park_after_bridge", "true");
        variables.put("hangup_after_bridge", "false");
        if (request.callerId() != null) {
            variables.put("origination_caller_id_number", request.callerId());
        }
        variables.putAll(request.variables());
        String vars = variables.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace(",", "\\,").replace(" ", "\\ "))
                .collect(Collectors.joining(",", "{", "}"));
        leg.job = UUID.randomUUID().toString();
        jobs.put(leg.job, leg);
        client.bgapi("originate " + vars + dialString(request.destination()) + " " + application, leg.job)
                .whenComplete((reply, failure) -> {
                    if (failure != null || !reply.isOk()) {
                        var why = failure != null ? failure.getMessage() : reply.replyText();
                        time.execute(() -> {
                            log.warn("originate of {} not accepted: {}", leg.id, why);
                            end(leg, HangupCause.NORMAL_TEMPORARY_FAILURE, null);
                            flush();
                        });
                    }
                });
    }

    private String dialString(String destination) {
        if (destination.startsWith("tel:")) {
            return settings.gateway() + destination.substring(4);
        }
        return destination;
    }

    private void kill(EslLeg leg, HangupCause cause) {
        leg.requestedCause = cause;
        api("uuid_kill " + leg.uuid() + " " + cause.name());
    }

    private void execute(EslLeg leg, String application, String argument, String id) {
        var headers = new java.util.LinkedHashMap<String, String>();
        headers.put("call-command", "execute");
        headers.put("execute-app-name", application);
        headers.put("execute-app-arg", argument);
        headers.put("Event-UUID", id);
        warnOnError(client.sendmsg(leg.uuid(), headers), application + " on " + leg.id);
    }

    /** Sends an api command without waiting: a refusal means the channel went meanwhile; its hangup follows. */
    private void api(String command) {
        warnOnError(client.api(command).thenApply(body -> new EslMessage(Map.of(), body)), command);
    }

    private static void warnOnError(CompletableFuture<EslMessage> reply, String what) {
        reply.whenComplete((message, failure) -> {
            if (failure != null) {
                log.debug("{}: {}", what, failure.getMessage());
            } else if (message.replyText().startsWith("-ERR")) {
                log.debug("{}: {}", what, message.replyText());
            }
        });
    }

    /** One argument for playback / play_and_get_digits: several prompts joined by file_string, quoted if spaced. */
    private String files(List<Prompt> prompts) {
        var files = prompts.size() == 1 ? file(prompts.get(0))
                : prompts.stream().map(this::file).collect(Collectors.joining("!", "file_string://", ""));
        return files.contains(" ") ? "'" + files.replace("'", " ") + "'" : files;
    }

    /** A prompt as FreeSWITCH plays it: a sound file, or {@code say:} text for the channel's TTS engine. */
    private String file(Prompt prompt) {
        if (prompt.kind() == Prompt.Kind.TTS) {
            return "say:" + prompt.value().replace('!', '.').replace('\n', ' ').replace('\'', ' ');
        }
        var value = prompt.value();
        if (value.contains("://") || value.startsWith("/") || settings.sounds().isBlank()) {
            return value;
        }
        return settings.sounds() + "/" + value + (value.contains(".") ? "" : ".wav");
    }

    /** eavesdrop's DTMF modes with the agent's leg as target: 0 listen, 2 talk to the target, 3 three-way. */
    static char eavesdropDigit(MonitorMode mode) {
        return switch (mode) {
            case LISTEN -> '0';
            case WHISPER -> '2';
            case BARGE -> '3';
        };
    }

    private static Integer sipCode(EslEvent event) {
        var status = event.header("variable_sip_term_status");
        try {
            return status == null ? null : Integer.valueOf(status.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private EslLeg.Transfer transferBy(LegId transferor) {
        var t = live(transferor);
        if (t.transfer == null || t.transfer.transferor != t) {
            throw TelephonyException.invalidState(transferor, "is not consulting in an attended transfer");
        }
        return t.transfer;
    }

    private boolean isLive(EslLeg leg) {
        return legs.get(leg.id) == leg;
    }

    private EslLeg live(LegId id) {
        Objects.requireNonNull(id, "leg");
        var leg = legs.get(id);
        if (leg == null) {
            throw TelephonyException.unknownLeg(id);
        }
        return leg;
    }

    private EslLeg answered(LegId id) {
        var leg = live(id);
        if (!leg.answered()) {
            throw TelephonyException.invalidState(id, "is not answered (it is " + leg.state + ")");
        }
        return leg;
    }

    private EslLeg bridgeable(LegId id) {
        var leg = answered(id);
        if (leg.peer != null) {
            throw TelephonyException.invalidState(id, "is already bridged to " + leg.peer.id);
        }
        if (leg.held) {
            throw TelephonyException.invalidState(id, "is held");
        }
        return leg;
    }

    private static TelephonyException engineDown() {
        return new TelephonyException(Reason.ENGINE_DOWN, "FreeSWITCH's event socket is not connected");
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
        events.forEach(bus::publish);
    }

    private CompletionStage<Void> command(Runnable action) {
        return task(() -> {
            action.run();
            return null;
        });
    }

    /** Runs on the engine thread; the stage completes (callbacks included) before the events it caused are read. */
    private <T> CompletionStage<T> task(Supplier<T> action) {
        var result = new CompletableFuture<T>();
        time.execute(() -> {
            try {
                if (!up || !client.isReady()) {
                    throw engineDown();
                }
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            flush();
        });
        return result;
    }
}
