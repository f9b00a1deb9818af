package hotline.telephony;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What happened on the switch, in engine time ({@link #at()}). Leg events carry the call and the leg they concern.
 * Guarantees (every adapter, checked by the contract suite; details in {@code docs/telephony.md}):
 * <ul>
 *   <li>one engine delivers its events one at a time, in order, on one thread;</li>
 *   <li>a command's stage completes before the events it causes are delivered;</li>
 *   <li>every leg ends exactly once with a {@link LegEnded} event ({@link HungUp}, or {@link OriginateFailed} for an
 *       originated leg that never answered), and nothing about the leg follows it;</li>
 *   <li>whatever a leg was in ends before its end: playback, digit collection, recordings, monitoring, the bridge.</li>
 * </ul>
 * {@link CallQueued} is not from the engine but from the IVR; it travels on the same stream so routing sees it in
 * order with the engine's events.
 */
public sealed interface TelephonyEvent {

    /** Engine time: virtual time in the simulator's tests, the switch's clock otherwise. */
    Instant at();

    /** An event about one leg of one call. */
    sealed interface LegEvent extends TelephonyEvent {
        CallId call();

        LegId leg();
    }

    /** The last event of a leg. */
    sealed interface LegEnded extends LegEvent {
        HangupCause cause();
    }

    // ---- call lifecycle ------------------------------------------------------------------------------------------

    /** An inbound call reached Hotline and waits to be answered (or rejected with a hangup). */
    record CallOffered(Instant at, CallId call, LegId leg, String callerNumber, String calledNumber, String trunk,
                       Map<String, String> variables) implements LegEvent {
        public CallOffered {
            variables = Map.copyOf(variables);
        }
    }

    /** An originated leg's device is ringing. */
    record Ringing(Instant at, CallId call, LegId leg) implements LegEvent {
    }

    record Answered(Instant at, CallId call, LegId leg) implements LegEvent {
    }

    /** The leg now talks with {@code other}; emitted once for each of the two legs. */
    record Bridged(Instant at, CallId call, LegId leg, LegId other) implements LegEvent {
    }

    /** The leg no longer talks with {@code other}; emitted once for each of the two legs, also before a hangup. */
    record Unbridged(Instant at, CallId call, LegId leg, LegId other) implements LegEvent {
    }

    record Held(Instant at, CallId call, LegId leg) implements LegEvent {
    }

    record Resumed(Instant at, CallId call, LegId leg) implements LegEvent {
    }

    /** The leg ended. {@code sipCode} is the SIP status the engine saw, or null. */
    record HungUp(Instant at, CallId call, LegId leg, HangupCause cause, Integer sipCode) implements LegEnded {
        public HungUp {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** An originated leg never answered: unregistered, busy, no answer, cancelled. Its last event. */
    record OriginateFailed(Instant at, CallId call, LegId leg, String destination, HangupCause cause, Integer sipCode)
            implements LegEnded {
        public OriginateFailed {
            Objects.requireNonNull(cause, "cause");
        }
    }

    // ---- media ---------------------------------------------------------------------------------------------------

    /** One DTMF digit the far end pressed. */
    record Dtmf(Instant at, CallId call, LegId leg, char digit) implements LegEvent {
    }

    /** A digit collection ended. The digits never include the terminator. */
    record DigitsCollected(Instant at, CallId call, LegId leg, String digits, CollectOutcome outcome)
            implements LegEvent {
    }

    enum CollectOutcome {
        /** Max digits reached, or the terminator (or the timeout) after at least min digits. */
        COMPLETE,
        /** Fewer than min digits before the timeout or the terminator; {@code digits} may be empty (no input). */
        INCOMPLETE,
        /** Replaced by another collection, interrupted by a bridge or hold, or the leg ended. */
        STOPPED
    }

    record PlaybackFinished(Instant at, CallId call, LegId leg, String tag, PlaybackOutcome outcome)
            implements LegEvent {
    }

    enum PlaybackOutcome {
        /** Every prompt was played. */
        COMPLETED,
        /** Stopped, replaced by another playback, interrupted by a bridge, a hold or a collection, or the leg ended. */
        STOPPED
    }

    record RecordingStarted(Instant at, CallId call, LegId leg, String key) implements LegEvent {
    }

    /** The recording's file is complete at {@code uri} (null if the engine could not store it). */
    record RecordingFinished(Instant at, CallId call, LegId leg, String key, URI uri, double seconds)
            implements LegEvent {
    }

    /**
     * What was said in the recording {@code key}, from an engine with speech recognition (or the simulator, which
     * knows its callers' scripts): segments timed from the recording's start, caller or agent. May come before or
     * after {@link RecordingFinished}; the recordings archive keeps it with the recording.
     */
    record TranscriptReady(Instant at, CallId call, LegId leg, String key, String source,
                           java.util.List<Transcript.Segment> segments) implements LegEvent {
        public TranscriptReady {
            segments = java.util.List.copyOf(segments);
        }
    }

    // ---- supervision (leg = the supervisor's leg) -----------------------------------------------------------------

    record MonitorStarted(Instant at, CallId call, LegId leg, LegId target, MonitorMode mode) implements LegEvent {
    }

    record MonitorModeChanged(Instant at, CallId call, LegId leg, LegId target, MonitorMode mode)
            implements LegEvent {
    }

    record MonitorEnded(Instant at, CallId call, LegId leg, LegId target) implements LegEvent {
    }

    // ---- endpoints and engine ------------------------------------------------------------------------------------

    record EndpointRegistered(Instant at, String endpoint, String contact) implements TelephonyEvent {
    }

    record EndpointUnregistered(Instant at, String endpoint) implements TelephonyEvent {
    }

    /** The engine is reachable and takes commands. After a reconnect, adapters reconcile their legs first. */
    record EngineUp(Instant at, String engine) implements TelephonyEvent {
    }

    record EngineDown(Instant at, String engine, String reason) implements TelephonyEvent {
    }

    // ---- from the IVR --------------------------------------------------------------------------------------------

    /**
     * The IVR is done with the caller, who now waits (hearing music) for an agent of queue {@code queueCode}. Whoever
     * routes calls takes it from here: originate an agent leg in the same call and bridge it, or hang up.
     */
    record CallQueued(Instant at, CallId call, LegId leg, String queueCode, String callerNumber, String calledNumber,
                      Instant waitingSince) implements LegEvent {
    }
}
