package hotline.telephony;

/**
 * Why a leg ended. The names are the Q.850 / FreeSWITCH cause names, so engine adapters map them by name and anything
 * unknown becomes {@link #UNKNOWN}.
 */
public enum HangupCause {
    /** Someone hung up after the call was answered. */
    NORMAL_CLEARING,
    /** The caller hung up before the call was answered, or Hotline cancelled an originate. */
    ORIGINATOR_CANCEL,
    USER_BUSY,
    /** The device rang until the originate timeout. */
    NO_ANSWER,
    NO_USER_RESPONSE,
    CALL_REJECTED,
    UNALLOCATED_NUMBER,
    /** The endpoint has no registered device. */
    USER_NOT_REGISTERED,
    DESTINATION_OUT_OF_ORDER,
    NORMAL_TEMPORARY_FAILURE,
    /** The leg's bridged peer was blind-transferred elsewhere. */
    BLIND_TRANSFER,
    /** The transferor's leg after an attended transfer completed. */
    ATTENDED_TRANSFER,
    /** The engine went down or Hotline shut down. */
    SYSTEM_SHUTDOWN,
    UNKNOWN;

    /** The cause named {@code name}, or {@link #UNKNOWN}. */
    public static HangupCause fromName(String name) {
        for (HangupCause cause : values()) {
            if (cause.name().equalsIgnoreCase(name)) {
                return cause;
            }
        }
        return UNKNOWN;
    }
}
