package hotline.telephony;

/** How a supervisor joins an agent's call (班长监听 / 耳语 / 强插). */
public enum MonitorMode {
    /** The supervisor hears both parties; nobody hears the supervisor. */
    LISTEN,
    /** The supervisor hears both parties; only the monitored leg (the agent) hears the supervisor. */
    WHISPER,
    /** Three-way: everybody hears everybody. */
    BARGE
}
