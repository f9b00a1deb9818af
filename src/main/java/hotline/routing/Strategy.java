package hotline.routing;

/** How a queue picks among the agents who may take a contact. Ties go to the lower agent id, so runs repeat. */
public enum Strategy {
    /** The agent who has been ready the longest. */
    LONGEST_IDLE,
    /** The agent with the least busy time (reserved, on contact, wrap-up) today. */
    LEAST_OCCUPIED,
    /** The highest summed proficiency in the queue's required skills. */
    MOST_SKILLED,
    /** The next agent after the one who got the queue's last contact, in agent id order. */
    ROUND_ROBIN,
    /** Every available agent rings; the first to answer takes the contact, the others are released. Voice only. */
    RING_ALL
}
