package hotline.telephony.simulator;

import hotline.telephony.CallId;
import hotline.telephony.DigitCollection;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;
import hotline.telephony.RecordingOptions;
import hotline.telephony.Timekeeper.Scheduled;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A live leg in the simulated switch. Touched only on the engine's thread; forgotten when it ends. */
final class SimLeg {

    enum State { OFFERED, DIALING, RINGING, ANSWERED }

    record Recording(RecordingOptions options, Instant startedAt) {
    }

    /** The three legs of an attended transfer: the party on hold, the transferor, the consultation. */
    static final class Transfer {
        final SimLeg party;
        final SimLeg transferor;
        final SimLeg consultation;

        Transfer(SimLeg party, SimLeg transferor, SimLeg consultation) {
            this.party = party;
            this.transferor = transferor;
            this.consultation = consultation;
        }
    }

    final LegId id;
    final CallId call;
    final boolean inbound;
    /** Where an originated leg goes; null for inbound legs. */
    final String destination;
    FarEnd farEnd;
    State state;

    SimLeg peer;
    boolean held;

    String playbackTag;
    Scheduled playbackEnd;

    DigitCollection collection;
    StringBuilder digits;
    Scheduled collectTimer;

    final Map<String, Recording> recordings = new LinkedHashMap<>(2);

    /** Set on a supervisor's leg. */
    SimLeg monitorTarget;
    MonitorMode monitorMode;
    boolean monitoring;
    /** Supervisors' legs (ringing or monitoring) on this leg. */
    List<SimLeg> supervisors = List.of();

    Transfer transfer;
    /** An originated leg to bridge to this one once it answers (transfer target). */
    SimLeg bridgeOnAnswer;
    /** Blind transfer: if this leg fails, {@link #bridgeOnAnswer} fails with it. */
    boolean failsPartner;
    /** The blind-transfer target this leg waits for. */
    SimLeg awaiting;

    SimPhone phone;
    Scheduled originateTimeout;

    SimLeg(LegId id, CallId call, boolean inbound, String destination, FarEnd farEnd) {
        this.id = id;
        this.call = call;
        this.inbound = inbound;
        this.destination = destination;
        this.farEnd = farEnd;
        this.state = inbound ? State.OFFERED : State.DIALING;
    }

    boolean answered() {
        return state == State.ANSWERED;
    }

    boolean playing() {
        return playbackTag != null;
    }

    void addSupervisor(SimLeg supervisor) {
        if (supervisors.isEmpty()) {
            supervisors = new ArrayList<>(1);
        }
        supervisors.add(supervisor);
    }

    @Override
    public String toString() {
        return id + "(" + state + ")";
    }
}
