package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.AgentState;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import hotline.routing.Strategy;
import hotline.platform.ConflictException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static hotline.routing.AgentState.LOGGED_OUT;
import static hotline.routing.AgentState.NOT_READY;
import static hotline.routing.AgentState.ON_CONTACT;
import static hotline.routing.AgentState.READY;
import static hotline.routing.AgentState.RESERVED;
import static hotline.routing.AgentState.WRAP_UP;

/**
 * The automatic call distributor: queues, agents and waiting contacts in memory, one decision at a time. It is a
 * single-writer object (ADR 0031): every method runs on the router's one thread, so it needs no locks, and every
 * decision is deterministic for the same inputs (ties go to the lower agent id, then the earlier contact). Time comes
 * in as arguments; timers (relaxation, max wait, wrap-up) are the caller's, who calls back in. Decisions come out as
 * {@link Effect}s, drained by the caller and carried out in order (ring a device, write the journal).
 */
final class Router {

    static final String NO_ANSWER = "NO_ANSWER";

    /** Across queues: higher priority first, then a re-queued contact, then the longest waiting, then arrival. */
    private static final Comparator<RContact> ACROSS_QUEUES = RQueue.ORDER;

    private final Map<Long, RQueue> queues = new LinkedHashMap<>();
    private final Map<String, RQueue> queuesByCode = new HashMap<>();
    private final Map<Long, RAgent> agents = new LinkedHashMap<>();
    private final Map<UUID, RContact> contacts = new HashMap<>();
    private final List<Effect> effects = new ArrayList<>();
    private final RouterCounters counters;
    private long seq;

    Router(RouterCounters counters) {
        this.counters = counters;
    }

    List<Effect> drain() {
        var out = List.copyOf(effects);
        effects.clear();
        return out;
    }

    // ---- configuration --------------------------------------------------------------------------------------------

    void defineQueue(QueueRules rules, Instant now) {
        var queue = queues.get(rules.id());
        if (queue == null) {
            queue = new RQueue(rules);
            queues.put(rules.id(), queue);
        } else {
            queuesByCode.remove(queue.rules.code());
            var waiting = List.copyOf(queue.waiting);
            queue.waiting.clear();
            queue.relaxedWaiting.clear();
            queue.rules = rules;           // priorities may change: re-sort
            waiting.forEach(queue::add);
        }
        queuesByCode.put(rules.code(), queue);
        for (var agent : agents.values()) {
            index(agent, queue);
        }
        dispatchQueue(queue, now);
    }

    RAgent upsertAgent(long id, String username, Map<String, Integer> skills, Instant now) {
        var agent = agents.computeIfAbsent(id, key -> new RAgent(key, username, now));
        agent.username = username;
        agent.skills = Map.copyOf(skills);
        reindex(agent);
        dispatchAgent(agent, now);
        return agent;
    }

    void setSkills(long agentId, Map<String, Integer> skills, Instant now) {
        var agent = agents.get(agentId);
        if (agent != null) {
            agent.skills = Map.copyOf(skills);
            reindex(agent);
            dispatchAgent(agent, now);
        }
    }

    void assignQueues(long agentId, Set<Long> queueIds, Instant now) {
        var agent = requireAgent(agentId);
        agent.queueIds = Set.copyOf(queueIds);
        reindex(agent);
        dispatchAgent(agent, now);
    }

    void setCapacity(long agentId, Channel channel, int contacts, Instant now) {
        var agent = requireAgent(agentId);
        agent.capacity.put(channel, contacts);
        dispatchAgent(agent, now);
    }

    private void reindex(RAgent agent) {
        for (var queue : queues.values()) {
            index(agent, queue);
        }
    }

    private void index(RAgent agent, RQueue queue) {
        queue.strictAgents.remove(agent);
        queue.relaxedAgents.remove(agent);
        agent.strictQueues.remove(queue);
        agent.relaxedQueues.remove(queue);
        switch (queue.eligibility(agent)) {
            case 2 -> {
                queue.strictAgents.add(agent);
                agent.strictQueues.add(queue);
            }
            case 1 -> {
                queue.relaxedAgents.add(agent);
                agent.relaxedQueues.add(queue);
            }
            default -> {
            }
        }
    }

    // ---- people change states -------------------------------------------------------------------------------------

    enum Applied { NOW, AFTER_CONTACT }

    /**
     * A person asks for LOGGED_OUT, READY or NOT_READY. While the agent rings or talks the request waits until the
     * contact (and its wrap-up) ends; a move the table forbids (READY while READY …) is a conflict.
     */
    Applied request(long agentId, AgentState target, String reason, Instant now) {
        var agent = requireAgent(agentId);
        if (!AgentState.REQUESTABLE.contains(target)) {
            throw ConflictException.illegalTransition("agent", agent.username, agent.state, "set " + target);
        }
        if (agent.state == RESERVED || agent.state == ON_CONTACT) {
            agent.pending = target;
            agent.pendingReason = reason;
            return Applied.AFTER_CONTACT;
        }
        if (!agent.state.canMoveTo(target) || (target == NOT_READY && agent.state == NOT_READY
                && java.util.Objects.equals(reason, agent.reason))) {
            throw ConflictException.illegalTransition("agent", agent.username, agent.state, "set " + target);
        }
        agent.pending = null;
        agent.pendingReason = null;
        move(agent, target, target == NOT_READY ? reason : null, now);
        dispatchAgent(agent, now);
        return Applied.NOW;
    }

    /** The wrap-up time limit passed (or the agent finished early). */
    void wrapUpOver(long agentId, Instant now) {
        var agent = agents.get(agentId);
        if (agent != null && agent.state == WRAP_UP) {
            afterWork(agent, now);
        }
    }

    // ---- contacts -------------------------------------------------------------------------------------------------

    record Arrival(UUID id, Channel channel, String queueCode, String callId, String legId, String callerNumber,
                   String calledNumber, int priority, Long customerId, Instant waitingSince) {
    }

    /** A contact joins its queue; null if the queue does not exist (the caller decides what then). */
    RContact enqueue(Arrival arrival, Instant now) {
        var queue = queuesByCode.get(arrival.queueCode());
        if (queue == null) {
            return null;
        }
        var contact = new RContact(arrival.id() == null ? UUID.randomUUID() : arrival.id(),
                arrival.channel() == null ? queue.rules.channel() : arrival.channel(), ++seq, arrival.callId(),
                arrival.legId(), arrival.callerNumber(), arrival.calledNumber(), arrival.priority(),
                arrival.customerId(), now, arrival.waitingSince() == null ? now : arrival.waitingSince());
        contact.queue = queue;
        contacts.put(contact.id, contact);
        queue.add(contact);
        counters.offered(queue.rules.id(), now);
        changed(contact);
        dispatchContact(contact, now);
        return contact;
    }

    record Dial(long agentId, String queueCode, String number, String centerNumber, String customerLegId,
                Long customerId, Long workOrderId) {
    }

    /**
     * The agent places a call (a callback, ADR 0093): an outbound contact of the callback queue, offered to them at
     * once so their phone rings first. Allowed when the agent is free (READY, or NOT_READY, to which they return after
     * the wrap-up); never counted in the queue's inbound figures.
     */
    RContact dial(Dial dial, Instant now) {
        var agent = requireAgent(dial.agentId());
        if ((agent.state != READY && agent.state != NOT_READY) || !agent.load.isEmpty()) {
            throw ConflictException.illegalTransition("agent", agent.username, agent.state, "dial");
        }
        var queue = queuesByCode.get(dial.queueCode());
        if (queue == null) {
            throw new hotline.platform.NotFoundException("queue", dial.queueCode());
        }
        if (agent.state == NOT_READY && agent.pending == null) {
            agent.pending = NOT_READY;
            agent.pendingReason = agent.reason;
        }
        var contact = new RContact(UUID.randomUUID(), Channel.VOICE, ++seq, null, dial.customerLegId(), dial.number(),
                dial.centerNumber(), 0, dial.customerId(), now, now);
        contact.outbound = true;
        contact.queue = queue;
        contact.workOrderId = dial.workOrderId();
        contacts.put(contact.id, contact);
        offer(contact, List.of(agent), now);
        return contact;
    }

    /** The customer answered the agent's call: the conversation (and its talk time) starts now. */
    void reached(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact != null && contact.outbound && contact.status == ContactStatus.CONNECTED && !contact.reached) {
            contact.reached = true;
            contact.answeredAt = now;
            changed(contact);
        }
    }

    /** The agent's device answered: the contact connects unless it already went elsewhere (then false). */
    boolean answered(UUID contactId, long agentId, Instant now) {
        var contact = contacts.get(contactId);
        var agent = agents.get(agentId);
        if (contact == null || agent == null || contact.status != ContactStatus.OFFERED
                || !contact.offeredTo.contains(agent)) {
            return false;
        }
        for (var other : List.copyOf(contact.offeredTo)) {
            if (other != agent) {
                release(contact, other, now);
                effects.add(new Effect.Withdraw(contact, other));
                dispatchAgent(other, now);
            }
        }
        contact.offeredTo.clear();
        connect(contact, agent, now);
        return true;
    }

    /** The agent's device did not answer: the agent is set not ready and the contact goes back to the queue's head. */
    void noAnswer(UUID contactId, long agentId, Instant now) {
        var contact = contacts.get(contactId);
        var agent = agents.get(agentId);
        if (contact == null || agent == null || !contact.offeredTo.remove(agent)) {
            return;
        }
        agent.load.remove(contact);
        contact.noAnswers++;
        if (agent.load.isEmpty()) {
            var target = agent.pending == LOGGED_OUT ? LOGGED_OUT : NOT_READY;
            agent.pending = null;
            agent.pendingReason = null;
            move(agent, target, target == NOT_READY ? NO_ANSWER : null, now);
        }
        if (contact.offeredTo.isEmpty() && contact.outbound) {
            end(contact, Outcome.NOT_REACHED, now);          // the agent's phone did not take their own dial
        } else if (contact.offeredTo.isEmpty()) {
            contact.status = ContactStatus.QUEUED;
            contact.requeued = true;
            contact.queue.add(contact);
            changed(contact);
            dispatchContact(contact, now);
        }
    }

    /** The customer's side ended (hung up, chat closed): abandoned if not yet connected, else handled. */
    void customerLeft(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact == null) {
            return;
        }
        switch (contact.status) {
            case QUEUED -> {
                contact.queue.remove(contact);
                end(contact, Outcome.ABANDONED, now);
            }
            case OFFERED -> {
                var ringing = List.copyOf(contact.offeredTo);
                contact.offeredTo.clear();
                for (var agent : ringing) {
                    release(contact, agent, now);
                    effects.add(new Effect.Withdraw(contact, agent));
                }
                end(contact, Outcome.ABANDONED, now);
                ringing.forEach(agent -> dispatchAgent(agent, now));
            }
            case CONNECTED -> finish(contact, contact.outbound && !contact.reached ? Outcome.NOT_REACHED
                    : Outcome.HANDLED, now);
            case ENDED -> {
            }
        }
    }

    /** The customer was put on hold (music); the time counts as hold until {@link #resumed}. */
    void held(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact != null && contact.status == ContactStatus.CONNECTED && contact.heldSince == null) {
            contact.heldSince = now;
        }
    }

    void resumed(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact != null && contact.heldSince != null) {
            contact.holdMillis += Duration.between(contact.heldSince, now).toMillis();
            contact.heldSince = null;
        }
    }

    /**
     * The agent transferred the customer elsewhere (blind, or an attended transfer completed): the agent's part ends
     * as handled and transferred and they go to wrap-up; the customer's call goes on without routing.
     */
    void transferred(UUID contactId, long agentId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact != null && contact.status == ContactStatus.CONNECTED && contact.agent.id == agentId) {
            contact.transferred = true;
            finish(contact, Outcome.HANDLED, now);
        }
    }

    /**
     * The agent sends the caller elsewhere inside routing (desktop transfer): the agent's part ends as handled and
     * transferred, and the same call continues as a new contact of {@code target} — offered to {@code to} at once when
     * an agent was chosen (who must be available), else waiting by the queue's order. The wait starts again.
     */
    RContact transferWithin(UUID contactId, long agentId, RQueue target, RAgent to, Instant now) {
        var contact = contacts.get(contactId);
        if (contact == null || contact.status != ContactStatus.CONNECTED || contact.agent.id != agentId) {
            throw new IllegalStateException("router bug: " + contact + " is not connected with agent " + agentId);
        }
        if (to != null && (to.id == agentId || !to.available(contact.channel))) {
            throw ConflictException.illegalTransition("agent", to.username, to.state, "transfer to");
        }
        contact.transferred = true;
        finish(contact, Outcome.HANDLED, now);
        var next = new RContact(UUID.randomUUID(), contact.channel, ++seq, contact.callId, contact.legId,
                contact.callerNumber, contact.calledNumber, contact.priority, contact.customerId, now, now);
        next.queue = target;
        contacts.put(next.id, next);
        counters.offered(target.rules.id(), now);
        if (to != null) {
            offer(next, List.of(to), now);
        } else {
            target.add(next);
            changed(next);
            dispatchContact(next, now);
        }
        return next;
    }

    RQueue queue(String code) {
        return queuesByCode.get(code);
    }

    /** A connected contact ends (handled, or a callback that did not reach); the agent wraps up after their last. */
    private void finish(RContact contact, Outcome outcome, Instant now) {
        var agent = contact.agent;
        agent.load.remove(contact);
        if (outcome == Outcome.NOT_REACHED) {
            contact.answeredAt = null;                       // the agent's pick-up is not a conversation
        }
        end(contact, outcome, now);
        if (agent.load.isEmpty()) {
            agent.wrappingUp = contact;
            var wrapUp = contact.queue.rules.wrapUp();
            if (wrapUp != null && !wrapUp.isZero()) {
                agent.wrapUpLimit = wrapUp;
                move(agent, WRAP_UP, null, now);
            } else {
                move(agent, WRAP_UP, null, now);
                afterWork(agent, now);
            }
        } else {
            dispatchAgent(agent, now);
        }
    }

    /** The contact has waited long enough for the relaxed skill requirement. */
    void relax(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact == null || contact.relaxed || contact.queue.rules.relaxAfter() == null) {
            return;
        }
        if (contact.status == ContactStatus.QUEUED) {
            contact.queue.remove(contact);
            contact.relaxed = true;
            contact.queue.add(contact);
            dispatchContact(contact, now);
        } else {
            contact.relaxed = true;
        }
    }

    /** The queue's max wait passed: overflow to the other queue or to a callback request (only while queued). */
    void maxWaitReached(UUID contactId, Instant now) {
        var contact = contacts.get(contactId);
        if (contact == null || contact.status != ContactStatus.QUEUED) {
            return;
        }
        var rules = contact.queue.rules;
        var target = rules.overflowQueueId() == null ? null : queues.get(rules.overflowQueueId());
        if (target != null && target != contact.queue) {
            contact.queue.remove(contact);
            counters.overflowed(rules.id(), now);
            contact.queue = target;
            contact.relaxed = false;
            target.add(contact);
            counters.offered(target.rules.id(), now);
            changed(contact);
            dispatchContact(contact, now);
        } else if (rules.overflowToCallback()) {
            contact.queue.remove(contact);
            end(contact, Outcome.CALLBACK, now);
            effects.add(new Effect.Callback(contact));
        }
    }

    // ---- decisions ------------------------------------------------------------------------------------------------

    private void dispatchQueue(RQueue queue, Instant now) {
        for (var contact : List.copyOf(queue.waiting)) {
            if (contact.status == ContactStatus.QUEUED) {
                dispatchContact(contact, now);
            }
        }
    }

    /** Re-runs every decision: after a rebuild. */
    void dispatchAll(Instant now) {
        queues.values().forEach(queue -> dispatchQueue(queue, now));
    }

    /** Finds agents for a contact that just became routable. */
    private void dispatchContact(RContact contact, Instant now) {
        var queue = contact.queue;
        var rules = queue.rules;
        if (rules.strategy() == Strategy.RING_ALL && contact.channel == Channel.VOICE) {
            var all = new ArrayList<RAgent>();
            candidates(queue, contact, all::add);
            if (!all.isEmpty()) {
                offer(contact, all, now);
            }
            return;
        }
        var best = new RAgent[1];
        var comparator = strategy(queue, now);
        candidates(queue, contact, agent -> {
            if (best[0] == null || comparator.compare(agent, best[0]) < 0) {
                best[0] = agent;
            }
        });
        if (best[0] != null) {
            offer(contact, List.of(best[0]), now);
        }
    }

    private void candidates(RQueue queue, RContact contact, java.util.function.Consumer<RAgent> sink) {
        for (var agent : queue.strictAgents) {
            if (agent.available(contact.channel)) {
                sink.accept(agent);
            }
        }
        if (contact.relaxed) {
            for (var agent : queue.relaxedAgents) {
                if (agent.available(contact.channel)) {
                    sink.accept(agent);
                }
            }
        }
    }

    private Comparator<RAgent> strategy(RQueue queue, Instant now) {
        Comparator<RAgent> order = switch (queue.rules.strategy()) {
            case LONGEST_IDLE, RING_ALL -> Comparator.comparing(a -> a.idleSince);
            case LEAST_OCCUPIED -> Comparator.comparingLong(a -> a.busyMillis(now));
            case MOST_SKILLED -> Comparator.comparingInt((RAgent a) -> queue.proficiencySum(a)).reversed();
            case ROUND_ROBIN -> Comparator.comparingInt((RAgent a) -> a.id > queue.lastAgentId ? 0 : 1);
        };
        return order.thenComparing(RAgent.BY_ID);
    }

    /** An agent became free: give them the best waiting contact they may take, as long as they have room. */
    private void dispatchAgent(RAgent agent, Instant now) {
        while (true) {
            RContact best = null;
            for (var queue : agent.strictQueues) {
                best = better(best, first(queue.waiting, agent));
            }
            for (var queue : agent.relaxedQueues) {
                best = better(best, first(queue.relaxedWaiting, agent));
            }
            if (best == null) {
                return;
            }
            if (best.queue.rules.strategy() == Strategy.RING_ALL && best.channel == Channel.VOICE) {
                dispatchContact(best, now);
            } else {
                offer(best, List.of(agent), now);
            }
        }
    }

    private static RContact first(Collection<RContact> waiting, RAgent agent) {
        for (var contact : waiting) {
            if (agent.available(contact.channel)) {
                return contact;
            }
        }
        return null;
    }

    private static RContact better(RContact a, RContact b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ACROSS_QUEUES.compare(a, b) <= 0 ? a : b;
    }

    private void offer(RContact contact, List<RAgent> to, Instant now) {
        var queue = contact.queue;
        queue.remove(contact);
        queue.lastAgentId = to.get(to.size() - 1).id;
        if (contact.routedAt == null) {
            contact.routedAt = now;
        }
        contact.offers++;
        if (contact.channel != Channel.VOICE && contact.channel != Channel.VIDEO) {
            var agent = to.get(0);                   // written contacts need no ringing: assigned at once
            agent.load.add(contact);
            effects.add(new Effect.Offer(contact, agent));
            connect(contact, agent, now);
            return;
        }
        contact.status = ContactStatus.OFFERED;
        for (var agent : to) {
            contact.offeredTo.add(agent);
            agent.load.add(contact);
            move(agent, RESERVED, null, now);
        }
        changed(contact);
        for (var agent : to) {
            effects.add(new Effect.Offer(contact, agent));
        }
    }

    private void connect(RContact contact, RAgent agent, Instant now) {
        contact.status = ContactStatus.CONNECTED;
        contact.agent = agent;
        contact.answeredAt = now;
        if (!contact.outbound) {
            counters.answered(contact.queue.rules.id(), Duration.between(contact.waitingSince, now),
                    contact.queue.rules.serviceLevelSeconds(), now);
        }
        move(agent, ON_CONTACT, null, now);
        changed(contact);
    }

    /** Takes an offer back from an agent who did not get the contact. */
    private void release(RContact contact, RAgent agent, Instant now) {
        agent.load.remove(contact);
        if (agent.load.isEmpty() && agent.state == RESERVED) {
            afterWork(agent, now);
        }
    }

    private void afterWork(RAgent agent, Instant now) {
        var target = agent.pending != null ? agent.pending : READY;
        var reason = agent.pending != null ? agent.pendingReason : null;
        agent.pending = null;
        agent.pendingReason = null;
        move(agent, target, reason, now);
        dispatchAgent(agent, now);
    }

    private void end(RContact contact, Outcome outcome, Instant now) {
        resumed(contact.id, now);
        contact.status = ContactStatus.ENDED;
        contact.outcome = outcome;
        contact.endedAt = now;
        contacts.remove(contact.id);
        if (outcome == Outcome.ABANDONED && !contact.outbound) {
            counters.abandoned(contact.queue.rules.id(), Duration.between(contact.waitingSince, now),
                    contact.queue.rules.serviceLevelSeconds(), now);
        }
        changed(contact);
    }

    private void move(RAgent agent, AgentState to, String reason, Instant now) {
        var from = agent.state;
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("router bug: " + agent + " cannot move to " + to);
        }
        if (from == to && java.util.Objects.equals(agent.reason, reason)) {
            return;
        }
        agent.busyMillis = agent.busyMillis(now);
        if (from == WRAP_UP && agent.wrappingUp != null) {
            effects.add(new Effect.WrappedUp(agent.wrappingUp.id, Duration.between(agent.stateSince, now).toMillis()
                    / 1000.0));
            agent.wrappingUp = null;
        }
        agent.state = to;
        agent.reason = reason;
        agent.stateSince = now;
        if (to == READY) {
            agent.idleSince = now;
        }
        effects.add(new Effect.StateChanged(agent.id, agent.username, from, to, reason, now));
    }

    private void changed(RContact contact) {
        effects.add(new Effect.ContactChanged(contact.snapshot()));
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    RAgent requireAgent(long id) {
        var agent = agents.get(id);
        if (agent == null) {
            throw new hotline.platform.NotFoundException("agent", id);
        }
        return agent;
    }

    RAgent agent(long id) {
        return agents.get(id);
    }

    Collection<RAgent> agents() {
        return agents.values();
    }

    Collection<RQueue> queues() {
        return queues.values();
    }

    RQueue queue(long id) {
        return queues.get(id);
    }

    RContact contact(UUID id) {
        return contacts.get(id);
    }

    Collection<RContact> liveContacts() {
        return contacts.values();
    }

    RouterCounters counters() {
        return counters;
    }

    /** Restores an agent's state after a restart without effects (the history already has it). */
    void restoreState(long agentId, AgentState state, String reason, Instant since, Instant now) {
        var agent = requireAgent(agentId);
        agent.state = state;
        agent.reason = reason;
        agent.stateSince = since;
        agent.idleSince = since;
        if (state == WRAP_UP) {
            agent.wrapUpLimit = Duration.ofSeconds(30);
        }
    }

    /** Puts a written contact that was open before a restart back in its queue, keeping its wait. */
    void enqueueRestored(ContactSnapshot open, Instant now) {
        var queue = queues.get(open.queueId());
        if (queue == null) {
            return;
        }
        var contact = new RContact(open.id(), open.channel(), ++seq, open.callId(), open.legId(),
                open.callerNumber(), open.calledNumber(), open.priority(), open.customerId(), open.arrivedAt(),
                open.waitingSince());
        contact.queue = queue;
        contact.requeued = open.offers() > 0;
        contact.offers = open.offers();
        contact.noAnswers = open.noAnswers();
        contact.routedAt = open.routedAt();
        contacts.put(contact.id, contact);
        queue.add(contact);
        changed(contact);
    }
}
