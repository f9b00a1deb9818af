package hotline.telephony.sip;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
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
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scripted SIP far ends for the contract suite: callers from a "trunk" and agents' phones, on a JAIN-SIP stack of
 * their own on loopback, speaking real SIP over UDP to the adapter — INVITE with an SDP offer, digest REGISTER,
 * ringing, answering (or never), CANCEL, BYE — and RFC 4733 key presses as RTP. What they hear is not listened to:
 * audio is the real-peer tests' business ({@link SipBridgedCallTests}, {@link SoftphoneCallTests}).
 */
final class SipFarEnds implements SipListener, AutoCloseable {

    /** One far end's side of one call. */
    static final class Call {
        final String callId;
        final DatagramSocket rtp;
        volatile Dialog dialog;
        volatile ClientTransaction invite;
        volatile ServerTransaction incoming;
        volatile Request incomingRequest;
        volatile InetSocketAddress hotlineMedia;
        final java.util.concurrent.CountDownLatch mediaKnown = new java.util.concurrent.CountDownLatch(1);
        volatile boolean answered;
        volatile boolean ended;
        final AtomicLong sequence = new AtomicLong();
        final AtomicLong timestamp = new AtomicLong(8000);

        Call(String callId) {
            this.callId = callId;
            try {
                this.rtp = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final String hotline;
    private final String realm;
    private final String secret;
    private final SipStack stack;
    private final SipProvider provider;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final int port;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(work -> {
        var thread = new Thread(work, "sip-far-ends");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Boolean> phones = new ConcurrentHashMap<>();
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final AtomicLong cseq = new AtomicLong(1);

    SipFarEnds(int hotlinePort, String realm, String secret) {
        this.hotline = "127.0.0.1:" + hotlinePort;
        this.realm = realm;
        this.secret = secret;
        try {
            var factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            var properties = new Properties();
            properties.setProperty("javax.sip.STACK_NAME", "far-ends-" + UUID.randomUUID());
            properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", SipStackLogger.class.getName());
            properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", SipMessageLogger.class.getName());
            properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
            stack = factory.createSipStack(properties);
            addresses = factory.createAddressFactory();
            headers = factory.createHeaderFactory();
            messages = factory.createMessageFactory();
            port = SipPeers.freeUdpPort();
            ListeningPoint point = stack.createListeningPoint("127.0.0.1", port, "udp");
            provider = stack.createSipProvider(point);
            provider.addSipListener(this);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the far ends' SIP stack", e);
        }
    }

    // ---- what the harness asks ---------------------------------------------------------------------------------------

    /** A caller dials {@code called} at Hotline; returns the SIP Call-ID. */
    String placeCall(String caller, String called) {
        try {
            var callId = provider.getNewCallId();
            var call = new Call(callId.getCallId());
            calls.put(call.callId, call);
            var invite = request(Request.INVITE, addresses.createSipURI(called, hotline), caller, called, callId,
                    null);
            invite.addHeader(headers.createContactHeader(addresses.createAddress(
                    addresses.createSipURI(caller, "127.0.0.1:" + port))));
            invite.setContent(sdp(call), headers.createContentTypeHeader("application", "sdp"));
            call.invite = provider.getNewClientTransaction(invite);
            call.invite.sendRequest();
            return call.callId;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The phone {@code user} registers (answering its calls after a moment, or never) or, with 0, unregisters. */
    void register(String user, boolean answers, int expires) {
        if (expires > 0) {
            phones.put(user, answers);
        } else {
            phones.remove(user);
        }
        sendRegister(user, expires, null);
    }

    /** A number behind the "trunk" these far ends also play: it rings (and answers, or never) without registering. */
    void reachable(String number, boolean answers) {
        phones.put(number, answers);
    }

    /** Where the far ends listen: Hotline's trunk setting in the trunk tests. */
    int port() {
        return port;
    }

    /** The INVITEs that reached these far ends, oldest first. */
    java.util.List<Request> invites() {
        return calls.values().stream().filter(c -> c.incomingRequest != null).map(c -> c.incomingRequest).toList();
    }

    /** The far end of the call hangs up: CANCEL while it is not answered (caller) or rejects it (phone), else BYE. */
    void hangUp(String callId) {
        var call = calls.get(callId);
        if (call == null || call.ended) {
            return;
        }
        try {
            if (call.answered && call.dialog != null) {
                call.ended = true;
                var bye = call.dialog.createRequest(Request.BYE);
                call.dialog.sendRequest(provider.getNewClientTransaction(bye));
            } else if (call.invite != null) {
                call.ended = true;
                provider.getNewClientTransaction(call.invite.createCancel()).sendRequest();
            } else if (call.incoming != null) {
                call.ended = true;
                call.incoming.sendResponse(messages.createResponse(486, call.incomingRequest));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * RFC 4733 key presses towards Hotline's media: each key's end packet, three times, as phones send it. Hotline may
     * report a call answered before its 200 OK has reached this far end, so the press waits for the answer's media.
     */
    void press(String callId, String digits) {
        var call = calls.get(callId);
        try {
            if (call == null || !call.mediaKnown.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no media for call " + callId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (char digit : digits.toCharArray()) {
            int event = "0123456789*#".indexOf(digit);
            long ts = call.timestamp.addAndGet(1600);
            for (int copy = 0; copy < 3; copy++) {
                var packet = new byte[16];
                long seq = call.sequence.incrementAndGet();
                packet[0] = (byte) 0x80;
                packet[1] = (byte) 101;
                packet[2] = (byte) (seq >> 8);
                packet[3] = (byte) seq;
                packet[4] = (byte) (ts >> 24);
                packet[5] = (byte) (ts >> 16);
                packet[6] = (byte) (ts >> 8);
                packet[7] = (byte) ts;
                packet[8] = 0x12;
                packet[9] = 0x34;
                packet[10] = 0x56;
                packet[11] = 0x78;
                packet[12] = (byte) event;
                packet[13] = (byte) 0x8a;                  // end of event, volume 10
                packet[14] = 0x03;                         // 800 samples: 100 ms
                packet[15] = 0x20;
                try {
                    call.rtp.send(new DatagramPacket(packet, packet.length, call.hotlineMedia));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    // ---- SIP ---------------------------------------------------------------------------------------------------------

    private Request request(String method, javax.sip.address.URI target, String fromUser, String toUser,
                            CallIdHeader callId, String toHost) throws Exception {
        var from = headers.createFromHeader(addresses.createAddress(
                addresses.createSipURI(fromUser, toHost != null ? toHost : "127.0.0.1:" + port)),
                Long.toHexString(System.nanoTime()));
        var to = headers.createToHeader(addresses.createAddress(
                addresses.createSipURI(toUser, toHost != null ? toHost : hotline)), null);
        return messages.createRequest(target, method, callId,
                headers.createCSeqHeader(cseq.getAndIncrement(), method), from, to,
                List.of(headers.createViaHeader("127.0.0.1", port, "udp", null)),
                headers.createMaxForwardsHeader(70));
    }

    private void sendRegister(String user, int expires, WWWAuthenticateHeader challenge) {
        try {
            var uri = addresses.createSipURI(null, hotline);
            var register = request(Request.REGISTER, uri, user, user, provider.getNewCallId(), realm);
            register.addHeader(headers.createContactHeader(addresses.createAddress(
                    addresses.createSipURI(user, "127.0.0.1:" + port))));
            register.addHeader(headers.createExpiresHeader(expires));
            if (challenge != null) {
                String ha1 = SipCredentials.ha1Of(user, realm, secret);
                String cnonce = Long.toHexString(System.nanoTime());
                AuthorizationHeader auth = headers.createAuthorizationHeader("Digest");
                auth.setUsername(user);
                auth.setRealm(challenge.getRealm());
                auth.setNonce(challenge.getNonce());
                auth.setURI(uri);
                auth.setAlgorithm("MD5");
                auth.setQop("auth");
                auth.setNonceCount(1);
                auth.setCNonce(cnonce);
                auth.setResponse(Digest.response(ha1, Request.REGISTER, uri.toString(), challenge.getNonce(),
                        "auth", "00000001", cnonce));
                register.addHeader(auth);
            }
            provider.getNewClientTransaction(register).sendRequest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sdp(Call call) {
        int rtpPort = call.rtp.getLocalPort();
        return "v=0\r\no=far 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + rtpPort + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\na=sendrecv\r\n";
    }

    private static InetSocketAddress mediaOf(byte[] content) {
        if (content == null) {
            return null;
        }
        var sdp = Sdp.parse(new String(content, StandardCharsets.UTF_8));
        return new InetSocketAddress(sdp.address(), sdp.port());
    }

    @Override
    public void processRequest(RequestEvent event) {
        var request = event.getRequest();
        try {
            switch (request.getMethod()) {
                case Request.INVITE -> ringing(request, event.getServerTransaction());
                case Request.ACK -> { }
                case Request.BYE -> {
                    var st = event.getServerTransaction() != null ? event.getServerTransaction()
                            : provider.getNewServerTransaction(request);
                    st.sendResponse(messages.createResponse(200, request));
                    var call = calls.get(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
                    if (call != null) {
                        call.ended = true;
                    }
                }
                case Request.CANCEL -> {
                    var st = event.getServerTransaction() != null ? event.getServerTransaction()
                            : provider.getNewServerTransaction(request);
                    st.sendResponse(messages.createResponse(200, request));
                    var call = calls.get(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
                    if (call != null && call.incoming != null && !call.answered) {
                        call.ended = true;
                        call.incoming.sendResponse(messages.createResponse(487, call.incomingRequest));
                    }
                }
                default -> provider.sendResponse(messages.createResponse(405, request));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void ringing(Request request, ServerTransaction existing) throws Exception {
        var st = existing != null ? existing : provider.getNewServerTransaction(request);
        var callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        var user = ((javax.sip.address.SipURI) request.getRequestURI()).getUser();
        Boolean answers = phones.get(user);
        if (answers == null) {
            st.sendResponse(messages.createResponse(404, request));
            return;
        }
        var call = new Call(callId);
        call.incoming = st;
        call.incomingRequest = request;
        call.hotlineMedia = mediaOf(request.getRawContent());
        call.mediaKnown.countDown();
        calls.put(callId, call);
        var ringing = messages.createResponse(180, request);
        ((ToHeader) ringing.getHeader(ToHeader.NAME)).setTag(Long.toHexString(System.nanoTime()));
        st.sendResponse(ringing);
        call.dialog = st.getDialog();
        if (answers) {
            later.schedule(() -> answer(call, ringing), 300, TimeUnit.MILLISECONDS);
        }
    }

    private void answer(Call call, Response ringing) {
        if (call.ended) {
            return;
        }
        try {
            var ok = messages.createResponse(200, call.incomingRequest);
            ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(((ToHeader) ringing.getHeader(ToHeader.NAME)).getTag());
            var user = ((javax.sip.address.SipURI) call.incomingRequest.getRequestURI()).getUser();
            ok.addHeader(headers.createContactHeader(addresses.createAddress(
                    addresses.createSipURI(user, "127.0.0.1:" + port))));
            ok.setContent(sdp(call), headers.createContentTypeHeader("application", "sdp"));
            call.answered = true;
            call.incoming.sendResponse(ok);
            call.dialog = call.incoming.getDialog();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        var response = event.getResponse();
        var cseqHeader = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        int status = response.getStatusCode();
        try {
            if (Request.REGISTER.equals(cseqHeader.getMethod())) {
                if (status == 401 && event.getClientTransaction() != null) {
                    var request = event.getClientTransaction().getRequest();
                    if (request.getHeader(AuthorizationHeader.NAME) == null) {
                        var user = ((javax.sip.address.SipURI) ((ToHeader) request.getHeader(ToHeader.NAME))
                                .getAddress().getURI()).getUser();
                        var expires = ((javax.sip.header.ExpiresHeader) request.getHeader("Expires")).getExpires();
                        sendRegister(user, expires, (WWWAuthenticateHeader) response.getHeader(
                                WWWAuthenticateHeader.NAME));
                    }
                }
                return;
            }
            if (!Request.INVITE.equals(cseqHeader.getMethod())) {
                return;
            }
            var call = calls.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
            if (call == null || status < 200) {
                return;
            }
            if (status < 300) {
                var dialog = event.getDialog();
                dialog.sendAck(dialog.createAck(cseqHeader.getSeqNumber()));
                call.dialog = dialog;
                call.hotlineMedia = mediaOf(response.getRawContent());
                call.mediaKnown.countDown();
                call.answered = true;
                if (call.ended) {
                    dialog.sendRequest(provider.getNewClientTransaction(dialog.createRequest(Request.BYE)));
                }
            } else {
                call.ended = true;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    @Override
    public void close() {
        later.shutdownNow();
        calls.values().forEach(call -> call.rtp.close());
        stack.stop();
    }
}
