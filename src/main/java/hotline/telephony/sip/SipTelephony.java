package hotline.telephony.sip;

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

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ReasonHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.io.IOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The SIP adapter: a small back-to-back user agent on the JAIN-SIP RI with G.711 media in Java (ADR 0036). Agents'
 * phones REGISTER with digest authentication; callers arrive as INVITEs (from a trunk); every leg Hotline creates is
 * its own INVITE dialog; the {@link MediaClock} relays audio between bridged legs, plays prompts and music, mixes in
 * supervisors and writes stereo recordings.
 *
 * <p>Threads: JAIN-SIP's listener thread never blocks — it only creates the server transaction and hands the request
 * or response to the engine thread ({@link Timekeeper}), which owns all signalling state and emits the port's events;
 * prompt files and text-to-speech load on a worker pool; RTP is received on one thread per leg and sent by the media
 * clock.
 */
public final class SipTelephony implements Telephony, SipListener, AutoCloseable {

    static final String ENGINE = "sip";
    private static final Logger log = LoggerFactory.getLogger(SipTelephony.class);

    private final SipSettings settings;
    private final EventBus bus;
    private final Timekeeper time;
    private final Registrar registrar;
    private final AudioClips clips;
    private final MediaClock media;
    private final RtpReceiver receiver = new RtpReceiver();
    private final ExecutorService loaders;
    private final Map<LegId, SipLeg> legs = new HashMap<>();
    private final Map<String, SipLeg> byCallId = new HashMap<>();
    private final List<TelephonyEvent> outbox = new ArrayList<>();
    private SipStack stack;
    private SipProvider provider;
    private AddressFactory addresses;
    private HeaderFactory headers;
    private MessageFactory messages;
    private volatile boolean up;

    public SipTelephony(SipSettings settings, SipCredentials credentials, EventBus bus, Timekeeper time) {
        this.settings = settings;
        this.bus = bus;
        this.time = time;
        this.registrar = new Registrar(credentials, settings.domain());
        this.clips = new AudioClips(settings.sounds());
        this.media = new MediaClock((leg, player) -> time.execute(() -> {
            playerDone(leg, player);
            flush();
        }));
        this.loaders = Executors.newFixedThreadPool(2, work -> {
            var thread = new Thread(work, "sip-prompt-loader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the SIP stack listening on UDP; {@code EngineUp} follows. */
    public void start() {
        try {
            var factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            var properties = new Properties();
            properties.setProperty("javax.sip.STACK_NAME", "hotline-" + UUID.randomUUID());
            properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", SipStackLogger.class.getName());
            properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", SipMessageLogger.class.getName());
            properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
            properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
            stack = factory.createSipStack(properties);
            addresses = factory.createAddressFactory();
            headers = factory.createHeaderFactory();
            messages = factory.createMessageFactory();
            ListeningPoint point = stack.createListeningPoint(settings.address(), settings.port(), "udp");
            provider = stack.createSipProvider(point);
            provider.addSipListener(this);
            stack.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the SIP stack on " + settings.address() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        time.execute(() -> {
            up = true;
            emit(new TelephonyEvent.EngineUp(time.now(), ENGINE));
            flush();
        });
    }

    @Override
    public void close() {
        up = false;
        if (stack != null) {
            stack.stop();
        }
        media.close();
        receiver.close();
        loaders.shutdownNow();
        legs.values().forEach(leg -> {
            if (leg.rtp != null) {
                leg.rtp.close();
            }
        });
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public LegId newLegId() {
        return new LegId("sip-" + UUID.randomUUID());
    }

    /** Legs with media right now (for the benchmark). */
    public int mediaLegs() {
        return media.legs();
    }

    /** Media ticks that started late, since the start (for the benchmark). */
    public long lateMediaTicks() {
        return media.lateTicks();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    @Override
    public CompletionStage<Void> answer(LegId leg) {
        return command(() -> {
            var l = live(leg);
            if (!l.inbound || l.state != SipLeg.State.OFFERED) {
                throw TelephonyException.invalidState(leg, "is not an offered inbound leg (it is " + l.state + ")");
            }
            respond(l.invite, l.inviteRequest, 200, l.localTag,
                    Sdp.answer(settings.address(), l.rtp.localPort(), sessionId(), l.far));
            l.dialog = l.invite.getDialog();
            markAnswered(l);
        });
    }

    @Override
    public CompletionStage<Void> hangup(LegId leg, HangupCause cause) {
        Objects.requireNonNull(cause, "cause");
        return command(() -> hangUp(live(leg), cause));
    }

    @Override
    public CompletionStage<LegId> originate(Originate request) {
        Objects.requireNonNull(request, "request");
        return task(() -> {
            var call = request.call() != null ? request.call() : new CallId(request.leg().value());
            dial(newOutboundLeg(request.leg(), call, request.destination()), request);
            return request.leg();
        });
    }

    @Override
    public CompletionStage<Void> play(LegId leg, Playback playback) {
        Objects.requireNonNull(playback, "playback");
        return command(() -> {
            var l = answered(leg);
            stopPlayback(l, PlaybackOutcome.STOPPED);
            l.playbackTag = playback.tag();
            var token = new PromptPlayer(List.of(), false);
            l.playback = token;
            load(playback.prompts(), samples -> {
                if (isLive(l) && l.playback == token) {
                    var player = new PromptPlayer(samples, playback.loop());
                    l.playback = player;
                    if (!l.held) {
                        l.player.set(player);
                    }
                }
            });
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
            l.digits = new StringBuilder();
            if (collection.prompt() == null) {
                restartCollectTimer(l);
                return;
            }
            var token = new PromptPlayer(List.of(), false);
            l.collectPrompt = token;
            load(List.of(collection.prompt()), samples -> {
                if (isLive(l) && l.collectPrompt == token) {
                    var player = new PromptPlayer(samples, false);
                    l.collectPrompt = player;
                    l.player.set(player);
                }
            });
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
            hold(l, music);
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
            var target = newOutboundLeg(to.leg(), l.call, to.destination());
            if (l.peer != null) {
                hangUp(l.peer, HangupCause.BLIND_TRANSFER);
            }
            target.bridgeOnAnswer = l;
            target.failsPartner = true;
            l.awaiting = target;
            dial(target, to);
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
            disconnect(p);
            hold(p, settings.holdMusic());
            var transfer = new SipLeg.Transfer(p, t, c);
            p.transfer = transfer;
            t.transfer = transfer;
            c.transfer = transfer;
            c.bridgeOnAnswer = t;
            dial(c, consultation);
        });
    }

    @Override
    public CompletionStage<Void> completeAttendedTransfer(LegId transferor) {
        return command(() -> {
            var transfer = transferBy(transferor);
            if (transfer.transferor().peer != transfer.consultation()) {
                throw TelephonyException.invalidState(transferor, "cannot complete: the consultation "
                        + transfer.consultation().id + " is not connected yet");
            }
            hangUp(transfer.transferor(), HangupCause.ATTENDED_TRANSFER);
        });
    }

    @Override
    public CompletionStage<Void> cancelAttendedTransfer(LegId transferor) {
        return command(() -> {
            var consultation = transferBy(transferor).consultation();
            hangUp(consultation, consultation.answered() ? HangupCause.NORMAL_CLEARING
                    : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<Void> startRecording(LegId leg, RecordingOptions options) {
        Objects.requireNonNull(options, "options");
        return command(() -> {
            var l = answered(leg);
            if (!options.format().equals("wav")) {
                throw new TelephonyException(Reason.INVALID_ARGUMENT, "the SIP adapter records wav, not "
                        + options.format());
            }
            if (l.recordings.containsKey(options.key())) {
                throw TelephonyException.invalidState(leg, "already records '" + options.key() + "'");
            }
            try {
                l.recordings.put(options.key(), new StereoWavWriter(
                        settings.recordings().resolve(options.key() + ".wav"), options.stereo()));
            } catch (IOException e) {
                throw new TelephonyException(Reason.INVALID_ARGUMENT, "cannot write recording " + options.key()
                        + ": " + e.getMessage());
            }
            l.refreshRecorders();
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
            l.refreshRecorders();
            finishRecording(l, key, recording);
        });
    }

    @Override
    public CompletionStage<Void> monitor(LegId supervisorLeg, String supervisorEndpoint, LegId target,
                                        MonitorMode mode) {
        Objects.requireNonNull(mode, "mode");
        return command(() -> {
            var t = answered(target);
            var s = newOutboundLeg(supervisorLeg, t.call, supervisorEndpoint);
            s.monitorMode = mode;
            s.bridgeOnAnswer = null;
            s.transfer = null;
            s.monitorTargetPending = t;
            dial(s, Originate.to(supervisorLeg, supervisorEndpoint));
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
            if (s.monitorTarget == null && s.monitorTargetPending == null) {
                throw TelephonyException.invalidState(supervisorLeg, "is not a supervisor's leg");
            }
            hangUp(s, s.answered() ? HangupCause.NORMAL_CLEARING : HangupCause.ORIGINATOR_CANCEL);
        });
    }

    @Override
    public CompletionStage<EndpointStatus> endpointStatus(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return task(() -> registrar.lookup(userOf(endpoint), time.now())
                .map(b -> new EndpointStatus(endpoint, true, b.contact()))
                .orElseGet(() -> new EndpointStatus(endpoint, false, null)));
    }

    /** The phones registered now, by SIP user (for the administration page). */
    CompletionStage<Map<String, Registrar.Binding>> registrations() {
        return task(() -> Map.copyOf(registrar.live(time.now())));
    }

    /**
     * Forgets where {@code user}'s phone is, as if it had unregistered: after a revoke or a new secret the phone must
     * authenticate again before it rings.
     */
    CompletionStage<Void> unregister(String user) {
        return command(() -> {
            var now = time.now();
            if (registrar.bind(user, null, List.of(), Duration.ZERO, now).isPresent()) {
                emit(new TelephonyEvent.EndpointUnregistered(now, settings.endpoint(user)));
            }
        });
    }

    // ---- JAIN-SIP's thread: never block, hand over ------------------------------------------------------------------

    @Override
    public void processRequest(RequestEvent event) {
        var request = event.getRequest();
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction == null && !Request.ACK.equals(request.getMethod())) {
            try {
                transaction = provider.getNewServerTransaction(request);
            } catch (Exception e) {
                return; // a retransmission of a request whose transaction exists: the stack answers it
            }
        }
        var st = transaction;
        onEngine(() -> request(request, st));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        onEngine(() -> response(event));
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction transaction = event.getClientTransaction();
        onEngine(() -> {
            var leg = byCallId.get(callId(transaction.getRequest()));
            if (leg != null && isLive(leg) && !leg.answered()
                    && Request.INVITE.equals(transaction.getRequest().getMethod())) {
                end(leg, HangupCause.DESTINATION_OUT_OF_ORDER, 408);
            }
        });
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("SIP I/O problem towards {}:{}", event.getHost(), event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    /** Signalling work that may throw the stack's checked exceptions. */
    private interface Action {
        void run() throws Exception;
    }

    private void onEngine(Action action) {
        time.execute(() -> {
            try {
                action.run();
            } catch (Exception e) {
                log.warn("SIP signalling failed", e);
            }
            flush();
        });
    }

    // ---- signalling (engine thread) ---------------------------------------------------------------------------------

    private void request(Request request, ServerTransaction st) {
        switch (request.getMethod()) {
            case Request.REGISTER -> register(request, st);
            case Request.INVITE -> invite(request, st);
            case Request.BYE -> {
                respond(st, request, 200, null, null);
                var leg = byCallId.get(callId(request));
                if (leg != null && isLive(leg)) {
                    var reason = (ReasonHeader) request.getHeader(ReasonHeader.NAME);
                    end(leg, reason != null && "Q.850".equalsIgnoreCase(reason.getProtocol())
                            ? causeOfQ850(reason.getCause()) : HangupCause.NORMAL_CLEARING, null);
                }
            }
            case Request.CANCEL -> {
                respond(st, request, 200, null, null);
                var leg = byCallId.get(callId(request));
                if (leg != null && isLive(leg) && leg.state == SipLeg.State.OFFERED) {
                    respond(leg.invite, leg.inviteRequest, 487, leg.localTag, null);
                    end(leg, HangupCause.ORIGINATOR_CANCEL, 487);
                }
            }
            case Request.ACK -> {
                // the dialog confirms; media already runs since our 200
            }
            case Request.OPTIONS -> respond(st, request, 200, null, null);
            default -> respond(st, request, 405, null, null);
        }
    }

    private void invite(Request request, ServerTransaction st) {
        var existing = byCallId.get(callId(request));
        if (existing != null) {
            // a re-INVITE (hold from the phone, session refresh): keep our media as it is
            respond(st, request, 200, existing.localTag, existing.rtp == null ? null
                    : Sdp.answer(settings.address(), existing.rtp.localPort(), sessionId(), existing.far));
            return;
        }
        var far = Sdp.parse(new String(request.getRawContent() == null ? new byte[0] : request.getRawContent(),
                StandardCharsets.UTF_8));
        if (far.codec() < 0 || far.port() <= 0) {
            respond(st, request, 488, null, null);
            return;
        }
        var id = newLegId();
        var leg = new SipLeg(id, new CallId(id.value()), true, null, SipLeg.State.OFFERED);
        try {
            leg.rtp = new RtpSession(settings.address(), receiver, digit -> onEngine(() -> dtmf(leg, (char) digit)));
        } catch (SocketException e) {
            respond(st, request, 503, null, null);
            return;
        }
        leg.rtp.connect(far);
        leg.invite = st;
        leg.inviteRequest = request;
        leg.localTag = tag();
        leg.far = far;
        legs.put(id, leg);
        byCallId.put(callId(request), leg);
        respond(st, request, 180, leg.localTag, null);
        var from = (FromHeader) request.getHeader(FromHeader.NAME);
        var via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        var variables = new HashMap<String, String>();
        request.getHeaderNames().forEachRemaining(name -> {
            if (name.toString().regionMatches(true, 0, "X-", 0, 2)) {
                var header = request.getHeader(name.toString());
                var text = header.toString();
                variables.put(name.toString(), text.substring(text.indexOf(':') + 1).trim());
            }
        });
        emit(new TelephonyEvent.CallOffered(time.now(), leg.call, id, userOf(from.getAddress().getURI().toString()),
                userOf(request.getRequestURI().toString()), "sip:" + via.getHost(), variables));
    }

    private void register(Request request, ServerTransaction st) {
        var now = time.now();
        var to = (ToHeader) request.getHeader(ToHeader.NAME);
        var user = ((SipURI) to.getAddress().getURI()).getUser();
        var auth = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        boolean authentic = auth != null && user != null && user.equals(auth.getUsername())
                && registrar.authentic(auth.getUsername(), auth.getRealm(), auth.getNonce(),
                auth.getURI() == null ? null : auth.getURI().toString(), auth.getResponse(), auth.getQop(),
                String.format("%08x", auth.getNonceCount()), auth.getCNonce(), Request.REGISTER, now);
        try {
            if (!authentic) {
                var challenge = messages.createResponse(401, request);
                WWWAuthenticateHeader www = headers.createWWWAuthenticateHeader("Digest");
                www.setRealm(registrar.realm());
                www.setNonce(registrar.newNonce(now));
                www.setAlgorithm("MD5");
                www.setQop("auth");
                challenge.addHeader(www);
                st.sendResponse(challenge);
                return;
            }
            var contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
            int expires = 3600;
            var expiresHeader = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
            if (contact != null && contact.getExpires() >= 0) {
                expires = contact.getExpires();
            } else if (expiresHeader != null) {
                expires = expiresHeader.getExpires();
            }
            var ok = messages.createResponse(200, request);
            if (contact != null && !contact.isWildCard()) {
                ok.addHeader(contact);
            }
            ok.addHeader(headers.createExpiresHeader(expires));
            st.sendResponse(ok);
            String endpoint = settings.endpoint(user);
            if (expires == 0 || contact == null || contact.isWildCard()) {
                if (registrar.bind(user, null, List.of(), Duration.ZERO, now).isPresent()) {
                    emit(new TelephonyEvent.EndpointUnregistered(now, endpoint));
                }
                return;
            }
            var uri = contact.getAddress().getURI().toString();
            var previous = registrar.bind(user, uri, pathOf(request), Duration.ofSeconds(expires), now);
            if (previous.isEmpty()) {
                emit(new TelephonyEvent.EndpointRegistered(now, endpoint, uri));
            }
            var binding = registrar.lookup(user, now).orElseThrow();
            time.schedule(Duration.ofSeconds(expires).plusSeconds(5), () -> {
                if (registrar.expire(binding)) {
                    emit(new TelephonyEvent.EndpointUnregistered(time.now(), endpoint));
                }
                flush();
            });
        } catch (Exception e) {
            log.warn("could not answer REGISTER from {}: {}", user, e.toString());
        }
    }

    /** The REGISTER's {@code Path} entries (RFC 3327), top first: how requests reach the phone through proxies. */
    static List<String> pathOf(Request request) {
        var path = new ArrayList<String>();
        request.getHeaders("Path").forEachRemaining(header -> {
            var text = header.toString().trim();
            for (var entry : text.substring(text.indexOf(':') + 1).split(",(?=\\s*<)")) {
                var hop = entry.trim();
                if (hop.startsWith("<") && hop.indexOf('>') > 0) {
                    path.add(hop.substring(1, hop.indexOf('>')));
                }
            }
        });
        return path;
    }

    private void response(ResponseEvent event) throws Exception {
        var response = event.getResponse();
        var cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (!Request.INVITE.equals(cseq.getMethod())) {
            return;
        }
        int status = response.getStatusCode();
        var leg = byCallId.get(callId(response));
        boolean live = leg != null && isLive(leg);
        if (status >= 200 && status < 300) {
            var dialog = event.getDialog();
            if (dialog == null) {
                return;
            }
            dialog.sendAck(dialog.createAck(cseq.getSeqNumber()));
            if (!live || leg.cancelCause != null) {
                // answered after we gave up on it: say goodbye at once
                var bye = dialog.createRequest(Request.BYE);
                dialog.sendRequest(provider.getNewClientTransaction(bye));
                return;
            }
            if (leg.answered()) {
                return;
            }
            leg.dialog = dialog;
            leg.far = Sdp.parse(new String(response.getRawContent() == null ? new byte[0] : response.getRawContent(),
                    StandardCharsets.UTF_8));
            leg.rtp.connect(leg.far);
            markAnswered(leg);
            return;
        }
        if (!live) {
            return;
        }
        if (status > 100 && status < 200) {
            leg.provisional = true;
            if (leg.cancelCause != null) {
                sendCancel(leg);
            } else if (leg.state == SipLeg.State.DIALING) {
                leg.state = SipLeg.State.RINGING;
                emit(new TelephonyEvent.Ringing(time.now(), leg.call, leg.id));
            }
        } else if (status >= 300 && !leg.answered()) {
            end(leg, causeOf(status), status);
        }
    }

    private void markAnswered(SipLeg leg) {
        leg.state = SipLeg.State.ANSWERED;
        if (leg.ringTimeout != null) {
            leg.ringTimeout.cancel();
        }
        media.add(leg);
        emit(new TelephonyEvent.Answered(time.now(), leg.call, leg.id));
        var target = leg.monitorTargetPending;
        if (target != null) {
            leg.monitorTargetPending = null;
            if (isLive(target)) {
                leg.monitorTarget = target;
                target.supervisors.add(leg);
                leg.monitoring = true;
                emit(new TelephonyEvent.MonitorStarted(time.now(), leg.call, leg.id, target.id, leg.monitorMode));
            } else {
                hangUp(leg, HangupCause.NORMAL_CLEARING);
                return;
            }
        }
        var partner = leg.bridgeOnAnswer;
        if (partner != null && isLive(partner) && partner.peer == null) {
            if (partner.awaiting == leg) {
                partner.awaiting = null;
            }
            connect(partner, leg);
        }
    }

    /**
     * INVITE towards the registered contact of the destination's user, or, for an outside number ({@code tel:}) with
     * a trunk configured, towards the trunk (or fail as the port says).
     */
    private void dial(SipLeg leg, Originate request) {
        boolean outside = request.destination().startsWith("tel:") && settings.trunk() != null;
        var binding = outside ? Optional.<Registrar.Binding>empty()
                : registrar.lookup(userOf(request.destination()), time.now());
        if (!outside && binding.isEmpty()) {
            end(leg, HangupCause.USER_NOT_REGISTERED, 404);
            return;
        }
        try {
            leg.rtp = new RtpSession(settings.address(), receiver, digit -> onEngine(() -> dtmf(leg, (char) digit)));
            var user = userOf(request.destination());
            var target = outside ? addresses.createSipURI(user, settings.trunk())
                    : addresses.createURI(binding.get().contact());
            var fromUri = addresses.createSipURI(request.callerId() == null ? "hotline" : request.callerId(),
                    settings.domain());
            var from = headers.createFromHeader(addresses.createAddress(fromUri), tag());
            var to = headers.createToHeader(addresses.createAddress(addresses.createSipURI(user,
                    outside ? settings.trunk() : settings.domain())), null);
            CallIdHeader callId = provider.getNewCallId();
            var invite = messages.createRequest(target, Request.INVITE, callId,
                    headers.createCSeqHeader(1L, Request.INVITE), from, to,
                    List.of(headers.createViaHeader(settings.address(), settings.port(), "udp", null)),
                    headers.createMaxForwardsHeader(70));
            for (var hop : binding.map(Registrar.Binding::path).orElse(List.of())) {
                invite.addHeader(headers.createRouteHeader(addresses.createAddress(hop)));
            }
            invite.addHeader(contact());
            for (var variable : request.variables().entrySet()) {
                if (variable.getKey().startsWith("X-")) {
                    invite.addHeader(headers.createHeader(variable.getKey(), variable.getValue()));
                }
            }
            invite.setContent(Sdp.offer(settings.address(), leg.rtp.localPort(), sessionId()),
                    headers.createContentTypeHeader("application", "sdp"));
            var transaction = provider.getNewClientTransaction(invite);
            leg.outgoing = transaction;
            byCallId.put(callId.getCallId(), leg);
            transaction.sendRequest();
            leg.ringTimeout = time.schedule(request.timeout(), () -> {
                if (isLive(leg) && !leg.answered()) {
                    hangUp(leg, HangupCause.NO_ANSWER);
                }
                flush();
            });
        } catch (Exception e) {
            log.warn("cannot call {}: {}", request.destination(), e.toString());
            end(leg, HangupCause.NORMAL_TEMPORARY_FAILURE, null);
        }
    }

    /** Ends a leg from our side: reject, cancel or BYE as its state calls for, then its end. */
    private void hangUp(SipLeg leg, HangupCause cause) {
        Integer code = null;
        try {
            switch (leg.state) {
                case OFFERED -> {
                    code = codeOf(cause);
                    respond(leg.invite, leg.inviteRequest, code, leg.localTag, null);
                }
                case DIALING, RINGING -> {
                    leg.cancelCause = cause.name();
                    if (leg.provisional) {
                        sendCancel(leg);
                    }
                }
                case ANSWERED -> {
                    if (leg.dialog != null) {
                        var bye = leg.dialog.createRequest(Request.BYE);
                        int q850 = q850Of(cause);
                        if (q850 > 0) {
                            bye.addHeader(headers.createReasonHeader("Q.850", q850, cause.name()));
                        }
                        leg.dialog.sendRequest(provider.getNewClientTransaction(bye));
                    }
                }
            }
        } catch (Exception e) {
            log.debug("hanging up {}: {}", leg.id, e.toString());
        }
        end(leg, cause, code);
    }

    private void sendCancel(SipLeg leg) {
        try {
            if (leg.outgoing != null) {
                provider.getNewClientTransaction(leg.outgoing.createCancel()).sendRequest();
            }
        } catch (Exception e) {
            log.debug("cancelling {}: {}", leg.id, e.toString());
        }
    }

    private void respond(ServerTransaction st, Request request, int status, String toTag, String sdp) {
        if (st == null) {
            return;
        }
        try {
            Response response = messages.createResponse(status, request);
            if (toTag != null) {
                ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
            }
            if (status >= 200 && status < 300 && Request.INVITE.equals(request.getMethod())) {
                response.addHeader(contact());
            }
            if (sdp != null) {
                response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
            }
            st.sendResponse(response);
        } catch (Exception e) {
            log.debug("cannot send {} to {}: {}", status, request.getMethod(), e.toString());
        }
    }

    private Header contact() throws Exception {
        var uri = addresses.createSipURI("hotline", settings.address());
        uri.setPort(settings.port());
        return headers.createContactHeader(addresses.createAddress(uri));
    }

    // ---- media and what a leg is in (engine thread) ------------------------------------------------------------

    private void load(List<Prompt> prompts, Consumer<List<short[]>> then) {
        CompletableFuture.supplyAsync(() -> prompts.stream().map(clips::load).toList(), loaders)
                .thenAccept(samples -> onEngine(() -> {
                    then.accept(samples);
                }));
    }

    private void playerDone(SipLeg leg, PromptPlayer player) {
        if (!isLive(leg)) {
            return;
        }
        if (leg.playback == player) {
            stopPlayback(leg, PlaybackOutcome.COMPLETED);
        } else if (leg.collectPrompt == player) {
            leg.collectPrompt = null;
            if (leg.collection != null) {
                restartCollectTimer(leg);
            }
        }
    }

    private void dtmf(SipLeg leg, char digit) {
        if (!isLive(leg)) {
            return;
        }
        emit(new TelephonyEvent.Dtmf(time.now(), leg.call, leg.id, digit));
        var c = leg.collection;
        if (c == null) {
            return;
        }
        if (leg.collectPrompt != null) {
            leg.player.compareAndSet(leg.collectPrompt, null);
            leg.collectPrompt = null;
        }
        if (c.terminator() != null && c.terminator() == digit) {
            stopCollecting(leg, leg.digits.length() >= c.min() ? CollectOutcome.COMPLETE : CollectOutcome.INCOMPLETE);
            return;
        }
        leg.digits.append(digit);
        if (leg.digits.length() >= c.max()) {
            stopCollecting(leg, CollectOutcome.COMPLETE);
        } else {
            restartCollectTimer(leg);
        }
    }

    private void restartCollectTimer(SipLeg leg) {
        if (leg.collectTimer != null) {
            leg.collectTimer.cancel();
        }
        var collection = leg.collection;
        leg.collectTimer = time.schedule(collection.timeout(), () -> {
            if (isLive(leg) && leg.collection == collection) {
                stopCollecting(leg, leg.digits.length() >= collection.min() && leg.digits.length() > 0
                        ? CollectOutcome.COMPLETE : CollectOutcome.INCOMPLETE);
            }
            flush();
        });
    }

    private void stopCollecting(SipLeg leg, CollectOutcome outcome) {
        if (leg.collection == null) {
            return;
        }
        if (leg.collectTimer != null) {
            leg.collectTimer.cancel();
            leg.collectTimer = null;
        }
        if (leg.collectPrompt != null) {
            leg.player.compareAndSet(leg.collectPrompt, null);
            leg.collectPrompt = null;
        }
        var digits = leg.digits.toString();
        leg.collection = null;
        leg.digits = null;
        emit(new TelephonyEvent.DigitsCollected(time.now(), leg.call, leg.id, digits, outcome));
    }

    private void stopPlayback(SipLeg leg, PlaybackOutcome outcome) {
        if (leg.playbackTag == null) {
            return;
        }
        leg.player.compareAndSet(leg.playback, null);
        var tag = leg.playbackTag;
        leg.playbackTag = null;
        leg.playback = null;
        emit(new TelephonyEvent.PlaybackFinished(time.now(), leg.call, leg.id, tag, outcome));
    }

    private void hold(SipLeg leg, Prompt music) {
        stopPlayback(leg, PlaybackOutcome.STOPPED);
        stopCollecting(leg, CollectOutcome.STOPPED);
        leg.held = true;
        emit(new TelephonyEvent.Held(time.now(), leg.call, leg.id));
        load(List.of(music), samples -> {
            if (isLive(leg) && leg.held) {
                leg.player.set(new PromptPlayer(samples, true));
            }
        });
    }

    private void resume(SipLeg leg) {
        if (leg.held) {
            leg.held = false;
            leg.player.set(null);
            emit(new TelephonyEvent.Resumed(time.now(), leg.call, leg.id));
        }
    }

    private void connect(SipLeg a, SipLeg b) {
        for (var leg : List.of(a, b)) {
            if (leg.peer != null) {
                disconnect(leg);
            }
            stopCollecting(leg, CollectOutcome.STOPPED);
            stopPlayback(leg, PlaybackOutcome.STOPPED);
        }
        a.peer = b;
        b.peer = a;
        emit(new TelephonyEvent.Bridged(time.now(), a.call, a.id, b.id));
        emit(new TelephonyEvent.Bridged(time.now(), b.call, b.id, a.id));
    }

    private void disconnect(SipLeg leg) {
        var peer = leg.peer;
        leg.peer = null;
        peer.peer = null;
        emit(new TelephonyEvent.Unbridged(time.now(), leg.call, leg.id, peer.id));
        emit(new TelephonyEvent.Unbridged(time.now(), peer.call, peer.id, leg.id));
    }

    private void finishRecording(SipLeg leg, String key, StereoWavWriter writer) {
        double seconds;
        try {
            seconds = writer.finish();
        } catch (IOException e) {
            log.warn("recording {} could not be completed: {}", key, e.toString());
            emit(new TelephonyEvent.RecordingFinished(time.now(), leg.call, leg.id, key, null, 0));
            return;
        }
        emit(new TelephonyEvent.RecordingFinished(time.now(), leg.call, leg.id, key,
                writer.file().toAbsolutePath().toUri(), seconds));
    }

    /** A leg's end: what it was in first, then its last event, then what follows for other legs. */
    private void end(SipLeg leg, HangupCause cause, Integer sipCode) {
        if (!isLive(leg)) {
            return;
        }
        legs.remove(leg.id);
        media.remove(leg);
        if (leg.ringTimeout != null) {
            leg.ringTimeout.cancel();
        }
        stopCollecting(leg, CollectOutcome.STOPPED);
        stopPlayback(leg, PlaybackOutcome.STOPPED);
        var recordings = List.copyOf(leg.recordings.entrySet());
        leg.recordings.clear();
        leg.refreshRecorders();
        recordings.forEach(r -> finishRecording(leg, r.getKey(), r.getValue()));
        if (leg.monitorTarget != null) {
            leg.monitorTarget.supervisors.remove(leg);
            if (leg.monitoring) {
                leg.monitoring = false;
                emit(new TelephonyEvent.MonitorEnded(time.now(), leg.call, leg.id, leg.monitorTarget.id));
            }
        }
        for (var supervisor : List.copyOf(leg.supervisors)) {
            hangUp(supervisor, HangupCause.NORMAL_CLEARING);
        }
        if (leg.peer != null) {
            disconnect(leg);
        }
        if (!leg.inbound && !leg.answered()) {
            emit(new TelephonyEvent.OriginateFailed(time.now(), leg.call, leg.id, leg.destination, cause, sipCode));
        } else {
            emit(new TelephonyEvent.HungUp(time.now(), leg.call, leg.id, cause, sipCode));
        }
        if (leg.rtp != null) {
            leg.rtp.close();
        }
        // keep the Call-ID a little so late retransmissions and 200s for a cancelled INVITE find it
        time.schedule(Duration.ofSeconds(32), () -> byCallId.values().remove(leg));
        afterEnd(leg, cause);
    }

    private void afterEnd(SipLeg leg, HangupCause cause) {
        var transfer = leg.transfer;
        if (transfer != null) {
            transfer.party().transfer = null;
            transfer.transferor().transfer = null;
            transfer.consultation().transfer = null;
            var party = transfer.party();
            var consultation = transfer.consultation();
            SipLeg reconnectTo = null;
            if (leg == transfer.transferor()) {
                if (isLive(consultation) && !consultation.answered()) {
                    hangUp(consultation, HangupCause.ORIGINATOR_CANCEL);
                } else {
                    reconnectTo = consultation;
                }
            } else if (leg == consultation) {
                reconnectTo = transfer.transferor();
            }
            if (isLive(party)) {
                resume(party);
                if (reconnectTo != null && isLive(reconnectTo) && reconnectTo.peer == null) {
                    connect(party, reconnectTo);
                }
            }
        }
        if (leg.awaiting != null && isLive(leg.awaiting) && !leg.awaiting.answered()) {
            hangUp(leg.awaiting, HangupCause.ORIGINATOR_CANCEL);
        }
        if (leg.failsPartner && !leg.answered() && leg.bridgeOnAnswer != null && isLive(leg.bridgeOnAnswer)) {
            leg.bridgeOnAnswer.awaiting = null;
            hangUp(leg.bridgeOnAnswer, cause);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private SipLeg newOutboundLeg(LegId id, CallId call, String destination) {
        if (legs.containsKey(id)) {
            throw new TelephonyException(Reason.INVALID_ARGUMENT, "leg id " + id + " is in use");
        }
        var leg = new SipLeg(id, call, false, destination, SipLeg.State.DIALING);
        leg.localTag = tag();
        legs.put(id, leg);
        return leg;
    }

    /** {@code sip:1001@host;transport=udp}, {@code <sip:1001@host>} or {@code 1001} → {@code 1001}. */
    static String userOf(String uri) {
        var text = uri.trim();
        if (text.startsWith("<")) {
            text = text.substring(1, text.indexOf('>') > 0 ? text.indexOf('>') : text.length());
        }
        // agent:<user> is routing's name for an agent's phone (hotline.routing.endpoint-prefix): the SIP user
        if (text.startsWith("sip:") || text.startsWith("sips:") || text.startsWith("tel:")
                || text.startsWith("agent:")) {
            text = text.substring(text.indexOf(':') + 1);
        }
        int at = text.indexOf('@');
        if (at >= 0) {
            text = text.substring(0, at);
        }
        int semicolon = text.indexOf(';');
        return semicolon >= 0 ? text.substring(0, semicolon) : text;
    }

    static HangupCause causeOf(int status) {
        return switch (status) {
            case 404, 484 -> HangupCause.UNALLOCATED_NUMBER;
            case 408 -> HangupCause.NO_ANSWER;
            case 480 -> HangupCause.NO_USER_RESPONSE;
            case 486, 600 -> HangupCause.USER_BUSY;
            case 487 -> HangupCause.ORIGINATOR_CANCEL;
            case 403, 603 -> HangupCause.CALL_REJECTED;
            case 502 -> HangupCause.DESTINATION_OUT_OF_ORDER;
            default -> HangupCause.NORMAL_TEMPORARY_FAILURE;
        };
    }

    /** The Q.850 cause a BYE carries in its Reason header (RFC 3326); 0 for causes Q.850 does not have. */
    static int q850Of(HangupCause cause) {
        return switch (cause) {
            case UNALLOCATED_NUMBER -> 1;
            case NORMAL_CLEARING -> 16;
            case USER_BUSY -> 17;
            case NO_USER_RESPONSE -> 18;
            case NO_ANSWER -> 19;
            case CALL_REJECTED -> 21;
            case DESTINATION_OUT_OF_ORDER -> 27;
            case NORMAL_TEMPORARY_FAILURE -> 41;
            default -> 0;
        };
    }

    /** A far end's Q.850 cause; causes without a name of ours are a normal clearing. */
    static HangupCause causeOfQ850(int q850) {
        for (var cause : HangupCause.values()) {
            if (q850Of(cause) == q850) {
                return cause;
            }
        }
        return HangupCause.NORMAL_CLEARING;
    }

    static int codeOf(HangupCause cause) {
        return switch (cause) {
            case USER_BUSY -> 486;
            case CALL_REJECTED -> 603;
            case UNALLOCATED_NUMBER -> 404;
            case NO_ANSWER, NO_USER_RESPONSE -> 480;
            case ORIGINATOR_CANCEL -> 487;
            default -> 480;
        };
    }

    private static String callId(javax.sip.message.Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static String tag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    private static long sessionId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    private SipLeg.Transfer transferBy(LegId transferor) {
        var t = live(transferor);
        if (t.transfer == null || t.transfer.transferor() != t) {
            throw TelephonyException.invalidState(transferor, "is not consulting in an attended transfer");
        }
        return t.transfer;
    }

    private boolean isLive(SipLeg leg) {
        return legs.get(leg.id) == leg;
    }

    private SipLeg live(LegId id) {
        Objects.requireNonNull(id, "leg");
        var leg = legs.get(id);
        if (leg == null) {
            throw TelephonyException.unknownLeg(id);
        }
        return leg;
    }

    private SipLeg answered(LegId id) {
        var leg = live(id);
        if (!leg.answered()) {
            throw TelephonyException.invalidState(id, "is not answered (it is " + leg.state + ")");
        }
        return leg;
    }

    private SipLeg bridgeable(LegId id) {
        var leg = answered(id);
        if (leg.peer != null) {
            throw TelephonyException.invalidState(id, "is already bridged to " + leg.peer.id);
        }
        if (leg.held) {
            throw TelephonyException.invalidState(id, "is held");
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
        events.forEach(bus::publish);
    }

    private CompletionStage<Void> command(Runnable action) {
        return task(() -> {
            action.run();
            return null;
        });
    }

    /** The SIP Call-ID of a leg's dialog (tests play its far end by it). */
    CompletionStage<String> sipCallIdOf(LegId leg) {
        return task(() -> byCallId.entrySet().stream().filter(e -> e.getValue().id.equals(leg))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new TelephonyException(Reason.UNKNOWN_LEG, "no leg " + leg)));
    }

    /** Runs on the engine thread; the stage completes before the events it caused are delivered. */
    private <T> CompletionStage<T> task(Supplier<T> action) {
        var result = new CompletableFuture<T>();
        time.execute(() -> {
            try {
                if (!up) {
                    throw new TelephonyException(Reason.ENGINE_DOWN, "the SIP adapter is not running");
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
