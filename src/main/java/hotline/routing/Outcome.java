package hotline.routing;

/** How a contact ended. */
public enum Outcome {
    /** An agent handled it. */
    HANDLED,
    /** The customer left while waiting or while an agent's device rang. */
    ABANDONED,
    /** The queue's max wait passed and the queue overflows to a callback request. */
    CALLBACK,
    /** The process restarted while the call was under way and the switch lost it (in-process simulator). */
    INTERRUPTED,
    /**
     * An outbound call (a callback) that did not reach the customer: busy, no answer, unreachable, or the agent's own
     * phone did not pick up the dial.
     */
    NOT_REACHED
}
