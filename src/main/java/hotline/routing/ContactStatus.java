package hotline.routing;

/** A contact's place in routing. */
public enum ContactStatus {
    /** Waiting in a queue. */
    QUEUED,
    /** Offered to an agent whose device rings (several agents for ring-all). */
    OFFERED,
    /** Talking (or chatting) with one agent. */
    CONNECTED,
    /** Finished: see the outcome. */
    ENDED
}
