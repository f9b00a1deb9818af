package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.AgentState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An agent as the router holds it: mutable, touched only on the router's thread. */
final class RAgent {

    static final Comparator<RAgent> BY_ID = Comparator.comparingLong(a -> a.id);

    final long id;
    String username;
    AgentState state = AgentState.LOGGED_OUT;
    String reason;
    Instant stateSince;
    /** When the agent last became free for a new contact: longest idle goes by it. */
    Instant idleSince;
    Map<String, Integer> skills = Map.of();
    /** Queues a team lead put the agent in; empty: every queue their skills qualify for. */
    Set<Long> queueIds = Set.of();
    final Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
    /** Contacts offered to or connected with the agent. */
    final List<RContact> load = new ArrayList<>();
    /** A state the agent asked for while busy; applied when the last contact's wrap-up ends. */
    AgentState pending;
    String pendingReason;
    long busyMillis;
    final Set<RQueue> strictQueues = new HashSet<>();
    final Set<RQueue> relaxedQueues = new HashSet<>();
    Duration wrapUpLimit = Duration.ZERO;
    /** The contact the agent's wrap-up is for: its record gets the wrap-up time when the wrap-up ends. */
    RContact wrappingUp;

    RAgent(long id, String username, Instant now) {
        this.id = id;
        this.username = username;
        this.stateSince = now;
        this.idleSince = now;
        capacity.put(Channel.VOICE, 1);
        capacity.put(Channel.CHAT, 3);
        capacity.put(Channel.EMAIL, 5);
        capacity.put(Channel.MESSAGING, 3);
        capacity.put(Channel.VIDEO, 1);
    }

    int loadOf(Channel channel) {
        int n = 0;
        for (var contact : load) {
            if (contact.channel == channel) {
                n++;
            }
        }
        return n;
    }

    boolean hasVoice() {
        for (var contact : load) {
            if (contact.channel == Channel.VOICE || contact.channel == Channel.VIDEO) {
                return true;
            }
        }
        return false;
    }

    /** Whether a new contact of this channel may be offered now. */
    boolean available(Channel channel) {
        if (state == AgentState.READY) {
            return capacity.getOrDefault(channel, 0) > 0;
        }
        if (state == AgentState.ON_CONTACT && pending == null && channel != Channel.VOICE && channel != Channel.VIDEO
                && !hasVoice()) {
            for (var contact : load) {
                if (contact.agent != this) {
                    return false;       // still ringing: one offer at a time
                }
            }
            return loadOf(channel) < capacity.getOrDefault(channel, 0);
        }
        return false;
    }

    /** Busy time today including the current busy stretch. */
    long busyMillis(Instant now) {
        boolean busy = state == AgentState.RESERVED || state == AgentState.ON_CONTACT || state == AgentState.WRAP_UP;
        return busy ? busyMillis + Duration.between(stateSince, now).toMillis() : busyMillis;
    }

    @Override
    public String toString() {
        return "agent " + username + " (" + state + ")";
    }
}
