package hotline.routing.internal;

import hotline.routing.AgentState;

import java.time.Instant;

/** What the router decided; the call control and the journal carry the effects out, in order. */
sealed interface Effect {

    /** Ring the agent's device for the contact. */
    record Offer(RContact contact, RAgent agent) implements Effect {
    }

    /** Stop ringing the agent for the contact (another agent answered, or the customer left). */
    record Withdraw(RContact contact, RAgent agent) implements Effect {
    }

    record StateChanged(long agentId, String username, AgentState from, AgentState to, String reasonCode,
                        Instant at) implements Effect {
    }

    /** A contact's record changed (a snapshot for the journal). */
    record ContactChanged(ContactSnapshot contact) implements Effect {
    }

    /** The agent's wrap-up after the (already ended) contact is over: its record gets the wrap-up time. */
    record WrappedUp(java.util.UUID contactId, double seconds) implements Effect {
    }

    /** The contact left the queue for a callback request: tell the caller and end the call. */
    record Callback(RContact contact) implements Effect {
    }
}
