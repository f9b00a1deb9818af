package hotline.telephony.esl;

import hotline.telephony.CallId;
import hotline.telephony.DigitCollection;
import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the adapter knows about one FreeSWITCH channel (its uuid is the leg id). Touched on the engine thread only. */
final class EslLeg {

    enum State { OFFERED, DIALING, RINGING, ANSWERED }

    record Recording(String path, Instant startedAt, boolean started) {
    }

    /** An attended transfer in progress: the party waits on hold while the transferor talks with the consultation. */
    static final class Transfer {
        final EslLeg party;
        final EslLeg transferor;
        final EslLeg consultation;

        Transfer(EslLeg party, EslLeg transferor, EslLeg consultation) {
            this.party = party;
            this.transferor = transferor;
            this.consultation = consultation;
        }
    }

    final LegId id;
    final CallId call;
    final boolean inbound;
    final String destination;
    State state;
    EslLeg peer;
    boolean held;

    String playbackId;
    String playbackTag;

    String collectId;
    DigitCollection collection;
    StringBuilder digits;
    boolean terminated;

    final Map<String, Recording> recordings = new LinkedHashMap<>();

    EslLeg monitorTarget;
    MonitorMode monitorMode;
    boolean monitoring;
    final Set<EslLeg> supervisors = new HashSet<>();

    /** Set on a leg Hotline originated: bridge it to this leg once it answers (transfers). */
    EslLeg bridgeOnAnswer;
    /** A blind-transfer target whose failure ends {@link #bridgeOnAnswer} with the same cause. */
    boolean failsPartner;
    /** The blind-transfer target this leg waits for. */
    EslLeg awaiting;
    Transfer transfer;

    /** The bgapi job of an originate. */
    String job;
    HangupCause requestedCause;

    EslLeg(LegId id, CallId call, boolean inbound, String destination, State state) {
        this.id = id;
        this.call = call;
        this.inbound = inbound;
        this.destination = destination;
        this.state = state;
    }

    String uuid() {
        return id.value();
    }

    boolean answered() {
        return state == State.ANSWERED;
    }
}
