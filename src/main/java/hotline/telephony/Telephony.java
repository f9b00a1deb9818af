package hotline.telephony;

import java.util.concurrent.CompletionStage;

/**
 * The commands Hotline gives a telephone switch, whatever the switch is (simulator, SIP, FreeSWITCH). Every command is
 * asynchronous: its stage completes once the engine has <em>accepted</em> it (or fails with a
 * {@link TelephonyException} saying why it was refused); what the command then causes arrives as
 * {@link TelephonyEvent}s on {@link TelephonyEvents}. Methods may be called from any thread and never block. Callers
 * must tolerate {@link TelephonyException.Reason#UNKNOWN_LEG} when racing a far end's hangup.
 *
 * <p>Ordering and correlation guarantees are listed on {@link TelephonyEvent}; the meaning of each command is in
 * {@code docs/telephony.md} and pinned by the contract suite ({@code TelephonyContract}).
 */
public interface Telephony {

    /** The adapter's name: {@code simulator}, {@code sip}, {@code freeswitch}. */
    String engine();

    /** A fresh leg id for a leg the client is about to create (originate, transfer target, supervisor). */
    LegId newLegId();

    // ---- legs ----------------------------------------------------------------------------------------------------

    /** Answers an offered inbound leg: {@code Answered}. */
    CompletionStage<Void> answer(LegId leg);

    /**
     * Makes the device at the far end of a ringing originated leg pick up, as a desk phone does when the agent presses
     * Answer on their desktop (CTI: a SIP phone's {@code talk} event, FreeSWITCH {@code uuid_phone_event}):
     * {@code Answered} as if the person had lifted the handset. Adapters that cannot ask the device refuse with
     * {@link TelephonyException.Reason#UNSUPPORTED}; the agent then answers on the phone itself.
     */
    default CompletionStage<Void> answerDevice(LegId leg) {
        return java.util.concurrent.CompletableFuture.failedFuture(new TelephonyException(
                TelephonyException.Reason.UNSUPPORTED, engine() + " cannot answer a device from the desktop"));
    }

    /** Ends a leg (rejects an offered one, cancels a ringing originate): its last event carries {@code cause}. */
    CompletionStage<Void> hangup(LegId leg, HangupCause cause);

    /**
     * Calls {@code request.destination()}: {@code Ringing}, then {@code Answered} or {@code OriginateFailed} (busy,
     * unregistered, no answer within the timeout). The stage completes with the client's leg id once the attempt is
     * under way, not when it is answered.
     */
    CompletionStage<LegId> originate(Originate request);

    // ---- media ---------------------------------------------------------------------------------------------------

    /**
     * Plays prompts to an answered leg: {@code PlaybackFinished} with the playback's tag when done (never, for a
     * looping playback, until stopped). A new playback replaces the current one, which finishes STOPPED.
     */
    CompletionStage<Void> play(LegId leg, Playback playback);

    /** Stops the current playback ({@code PlaybackFinished} STOPPED); nothing if none plays. */
    CompletionStage<Void> stopPlayback(LegId leg);

    /**
     * Collects DTMF digits: a {@code Dtmf} per key, then {@code DigitsCollected}. A collection with a prompt stops the
     * current playback; a new collection replaces the current one (STOPPED).
     */
    CompletionStage<Void> collectDigits(LegId leg, DigitCollection collection);

    /** Puts an answered leg on hold with music ({@code Held}); it stays bridged, hearing the music. */
    CompletionStage<Void> hold(LegId leg, Prompt music);

    CompletionStage<Void> unhold(LegId leg);

    // ---- bridging and transfer -----------------------------------------------------------------------------------

    /**
     * Connects two answered legs that are neither bridged nor held: {@code Bridged} for each. Playback and digit
     * collection on both stop. When one leg later ends, the other gets {@code Unbridged} and <em>stays up</em>:
     * the client decides what happens to it (hang up, survey, back to a queue).
     */
    CompletionStage<Void> bridge(LegId a, LegId b);

    /** Disconnects a bridged leg from its peer: {@code Unbridged} for each; both stay up. */
    CompletionStage<Void> unbridge(LegId leg);

    /**
     * Blind transfer: the leg's bridged peer (if any) is unbridged and hung up ({@code BLIND_TRANSFER}), a new leg
     * {@code to.leg()} is originated in the leg's call and bridged to the leg when it answers. If the new leg fails,
     * the transferred leg is hung up with the same cause.
     */
    CompletionStage<Void> transferBlind(LegId leg, Originate to);

    /**
     * Attended transfer, step one (consultation): {@code party} (bridged to {@code transferor}) is unbridged and held,
     * the consultation leg is originated in the party's call and bridged to the transferor when it answers. If it
     * fails, the transfer is cancelled by itself.
     */
    CompletionStage<Void> transferAttended(LegId party, LegId transferor, Originate consultation);

    /**
     * Completes the attended transfer: the transferor's leg ends ({@code ATTENDED_TRANSFER}), the party is resumed and
     * bridged to the consultation leg. A transferor who simply hangs up during the consultation completes it too.
     */
    CompletionStage<Void> completeAttendedTransfer(LegId transferor);

    /** Cancels the attended transfer: the consultation leg ends, the party is resumed and bridged back. */
    CompletionStage<Void> cancelAttendedTransfer(LegId transferor);

    // ---- recording -----------------------------------------------------------------------------------------------

    /** Records an answered leg (stereo: left what it says, right what it hears): {@code RecordingStarted}. */
    CompletionStage<Void> startRecording(LegId leg, RecordingOptions options);

    /** {@code RecordingFinished} with the file; a recording also finishes, before the end, when its leg ends. */
    CompletionStage<Void> stopRecording(LegId leg, String key);

    // ---- supervision ---------------------------------------------------------------------------------------------

    /**
     * Calls the supervisor's endpoint on a new leg {@code supervisorLeg} in the target's call; once answered the
     * supervisor hears the target's conversation ({@code MonitorStarted}). The monitor ends ({@code MonitorEnded},
     * then the supervisor leg's {@code HungUp}) on {@link #stopMonitor}, when the target ends, or when the supervisor
     * hangs up.
     */
    CompletionStage<Void> monitor(LegId supervisorLeg, String supervisorEndpoint, LegId target, MonitorMode mode);

    /** Switches listen / whisper / barge: {@code MonitorModeChanged}. */
    CompletionStage<Void> setMonitorMode(LegId supervisorLeg, MonitorMode mode);

    CompletionStage<Void> stopMonitor(LegId supervisorLeg);

    // ---- endpoints -----------------------------------------------------------------------------------------------

    /** Whether an agent's device is registered, and where. */
    CompletionStage<EndpointStatus> endpointStatus(String endpoint);
}
