package hotline.telephony;

/**
 * Why the engine refused a command; a command's stage fails with it. Outcomes of accepted commands (a busy device, a
 * caller who hung up) are events, never this exception.
 */
public class TelephonyException extends RuntimeException {

    public enum Reason {
        /** The leg never existed or has ended (a hangup racing the far end's hangup gets this: harmless). */
        UNKNOWN_LEG,
        /** The leg is in a state that does not allow the command (answering an agent leg, bridging a held leg). */
        INVALID_STATE,
        /** The command's arguments make no sense to this engine (an unsupported recording format). */
        INVALID_ARGUMENT,
        /** The engine is down or unreachable. */
        ENGINE_DOWN,
        /** The adapter does not implement this command. */
        UNSUPPORTED
    }

    private final Reason reason;

    public TelephonyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static TelephonyException unknownLeg(LegId leg) {
        return new TelephonyException(Reason.UNKNOWN_LEG, "leg " + leg + " does not exist or has ended");
    }

    public static TelephonyException invalidState(LegId leg, String problem) {
        return new TelephonyException(Reason.INVALID_STATE, "leg " + leg + " " + problem);
    }

    public Reason reason() {
        return reason;
    }
}
