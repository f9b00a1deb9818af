package hotline.telephony.sip;

import hotline.telephony.CallId;
import hotline.telephony.DigitCollection;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;
import hotline.telephony.Timekeeper.Scheduled;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One leg of the B2BUA: its SIP side (dialog, the INVITE transaction), its media ({@link RtpSession}) and what it is
 * in. Signalling fields belong to the engine thread; the {@code volatile} media fields are also read by the media
 * clock every 20 ms.
 */
final class SipLeg {

    enum State { OFFERED, DIALING, RINGING, ANSWERED }

    /** An attended transfer in progress. */
    record Transfer(SipLeg party, SipLeg transferor, SipLeg consultation) {
    }

    final LegId id;
    final CallId call;
    final boolean inbound;
    final String destination;
    State state;
    RtpSession rtp;

    // SIP (engine thread)
    ServerTransaction invite;
    Request inviteRequest;
    ClientTransaction outgoing;
    Dialog dialog;
    String localTag;
    Sdp far;
    boolean provisional;
    Scheduled ringTimeout;
    String cancelCause;

    // media (read by the media clock)
    volatile SipLeg peer;
    volatile boolean held;
    final AtomicReference<PromptPlayer> player = new AtomicReference<>();
    final Map<String, StereoWavWriter> recordings = new LinkedHashMap<>();
    volatile StereoWavWriter[] recorders = new StereoWavWriter[0];
    volatile SipLeg monitorTarget;
    /** A supervisor's leg until it answers: then it starts monitoring this target. */
    SipLeg monitorTargetPending;
    volatile MonitorMode monitorMode;
    final Set<SipLeg> supervisors = new CopyOnWriteArraySet<>();
    /** What the far end said in the current 20 ms (media clock only). */
    short[] said;

    // what it is in (engine thread)
    String playbackTag;
    PromptPlayer playback;
    DigitCollection collection;
    PromptPlayer collectPrompt;
    StringBuilder digits;
    Scheduled collectTimer;
    boolean monitoring;
    SipLeg bridgeOnAnswer;
    boolean failsPartner;
    SipLeg awaiting;
    Transfer transfer;

    SipLeg(LegId id, CallId call, boolean inbound, String destination, State state) {
        this.id = id;
        this.call = call;
        this.inbound = inbound;
        this.destination = destination;
        this.state = state;
    }

    boolean answered() {
        return state == State.ANSWERED;
    }

    void refreshRecorders() {
        recorders = recordings.values().toArray(new StereoWavWriter[0]);
    }
}
