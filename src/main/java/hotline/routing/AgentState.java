package hotline.routing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Where an agent is in their working day. The table of allowed moves is {@link #canMoveTo}; routing makes the moves
 * into and out of RESERVED, ON_CONTACT and WRAP_UP itself, people make the others.
 */
public enum AgentState {
    /** Not working: receives nothing. */
    LOGGED_OUT,
    /** 示闲: waiting for the next contact. */
    READY,
    /** 示忙: logged in but taking nothing, for a reason code (break, meal, training, no answer …). */
    NOT_READY,
    /** A contact is offered: the device rings. */
    RESERVED,
    /** Talking or chatting. */
    ON_CONTACT,
    /** 话后整理: after the contact, within the queue's time limit. */
    WRAP_UP;

    private static final Map<AgentState, Set<AgentState>> ALLOWED = Map.ofEntries(
            entry(LOGGED_OUT, EnumSet.of(READY, NOT_READY)),
            entry(READY, EnumSet.of(NOT_READY, LOGGED_OUT, RESERVED, ON_CONTACT)),
            // NOT_READY → RESERVED: only an agent's own dial (a callback, ADR 0093); inbound offers go to READY agents
            entry(NOT_READY, EnumSet.of(READY, NOT_READY, LOGGED_OUT, RESERVED)),
            entry(RESERVED, EnumSet.of(READY, NOT_READY, LOGGED_OUT, ON_CONTACT, RESERVED)),
            entry(ON_CONTACT, EnumSet.of(ON_CONTACT, WRAP_UP)),
            entry(WRAP_UP, EnumSet.of(READY, NOT_READY, LOGGED_OUT)));

    /** The states a person may ask for (agent, team lead or supervisor); the others are routing's. */
    public static final Set<AgentState> REQUESTABLE = EnumSet.of(LOGGED_OUT, READY, NOT_READY);

    public boolean canMoveTo(AgentState next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Logged in and not on a break: the time that counts as staffed for occupancy. */
    public boolean staffed() {
        return this != LOGGED_OUT && this != NOT_READY;
    }
}
