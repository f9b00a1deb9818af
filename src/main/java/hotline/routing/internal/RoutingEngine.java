package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.organization.Skills;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.routing.AgentState;
import hotline.routing.ContactStatus;
import hotline.routing.Outcome;
import hotline.telephony.CallId;
import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.Originate;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.Timekeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Owns the {@link Router} and connects it to the telephony port. Everything that touches the router runs on the
 * engine's {@link Timekeeper} thread — telephony events, timers and people's requests alike — so the router is
 * single-writer without locks (ADR 0031). Voice offers ring the agent's device ({@code <prefix><username>}) in the
 * customer's call; the answered device is bridged to the customer; a device that does not answer makes the agent not
 * ready and returns the contact to the head of its queue. The journal writes every effect to PostgreSQL, and on start
 * the router is rebuilt from it (ADR 0030).
 */
@Component
class RoutingEngine implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoutingEngine.class);
    private static final String CALLBACK_NOTICE = "callback-notice";

    private record Ring(UUID contact, long agent, LegId customerLeg) {
    }

    private final Telephony telephony;
    private final TelephonyEvents telephonyEvents;
    private final Timekeeper time;
    private final RoutingStore store;
    private final Skills skills;
    private final CallerPriority callers;
    private final String endpointPrefix;
    /** How long a customer's phone may ring for an agent's callback before it counts as not reached. */
    private final Duration outboundRingTimeout;
    private final Router router;
    private final RoutingJournal journal;
    private final ContactRecorder recorder;
    private final ExecutorService lookups = Executors.newFixedThreadPool(2, work -> {
        var thread = new Thread(work, "routing-lookup");
        thread.setDaemon(true);
        return thread;
    });
    /** Agent legs ringing or talking → the contact they are for. */
    private final Map<LegId, Ring> agentLegs = new HashMap<>();
    private final Map<UUID, Map<Long, LegId>> legsOfContact = new HashMap<>();
    private final Map<LegId, UUID> contactOfCustomerLeg = new HashMap<>();
    private final Set<LegId> endedBeforeQueued = new HashSet<>();
    /** Callers who left a queue for a callback and hear that it is registered before the call ends. */
    private final Set<LegId> noticeThenHangUp = new HashSet<>();
    private final Prompt callbackNotice;
    private TelephonyEvents.Subscription subscription;
    /** Bumped on the router's thread after every change: wallboards compare it to skip unchanged pictures. */
    private volatile long changes;
    private volatile boolean running;
    private boolean built;

    RoutingEngine(Telephony telephony, TelephonyEvents telephonyEvents, Timekeeper time, RoutingStore store,
                  Skills skills, CallerPriority callers, CenterTime centerTime, JdbcTemplate jdbc,
                  TransactionTemplate transactions, ApplicationEventPublisher events, ContactRecorder recorder,
                  @Value("${hotline.routing.endpoint-prefix:agent:}") String endpointPrefix,
                  @Value("${hotline.routing.outbound-ring-timeout:PT40S}") Duration outboundRingTimeout,
                  @Value("${hotline.routing.callback-notice:tts:您的来电已登记，我们将尽快给您回电。再见。}")
                  String callbackNotice) {
        this.callbackNotice = Prompt.parse(callbackNotice);
        this.telephony = telephony;
        this.telephonyEvents = telephonyEvents;
        this.time = time;
        this.store = store;
        this.skills = skills;
        this.callers = callers;
        this.endpointPrefix = endpointPrefix;
        this.outboundRingTimeout = outboundRingTimeout;
        this.recorder = recorder;
        this.router = new Router(new RouterCounters(centerTime.zone()));
        this.journal = new RoutingJournal(jdbc, transactions, events);
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------------

    /**
     * Builds the router from the database on the first start; a later start (after a {@link #stop()}, e.g. when a
     * paused application context is resumed) only listens to the switch again, the router having kept its state.
     */
    @Override
    public void start() {
        if (!built) {
            rebuild();
            built = true;
        }
        subscription = telephonyEvents.subscribe(this::on);
        running = true;
        log.info("Routing: {} queues, {} agents, {} contacts waiting", router.queues().size(),
                router.agents().size(), router.liveContacts().size());
    }

    private void rebuild() {
        var agents = SystemActor.call(skills::agents);
        call(router -> {
            var now = time.now();
            var interrupted = store.rebuild(router, agents, now);
            for (var agent : router.agents()) {
                if (agent.state == AgentState.WRAP_UP) {
                    time.schedule(agent.wrapUpLimit, () -> apply(r -> r.wrapUpOver(agent.id, time.now())));
                }
            }
            for (var contact : router.liveContacts()) {
                scheduleTimers(contact);
            }
            router.dispatchAll(now);
            journal.append(interrupted);
            handle(router.drain());
            return null;
        });
    }

    /** Stops listening to the switch; the lookup threads and the journal stay for a later {@link #start()}. */
    @Override
    public void stop() {
        running = false;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** At shutdown: the journal writes what it still holds, the lookup threads end. */
    @Override
    public void destroy() {
        stop();
        lookups.shutdown();
        journal.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // ---- access for the facade ------------------------------------------------------------------------------------

    /**
     * Runs {@code work} on the router's thread and waits for it; the effects are carried out before it returns, and
     * whatever it changed is committed to PostgreSQL (ADR 0032): the caller may tell a person or a system that the
     * change is done. Work that changes nothing (a read) does not wait for the journal. The wait happens on the
     * caller's thread, so the router goes on deciding meanwhile.
     */
    <T> T call(Function<Router, T> work) {
        var result = new CompletableFuture<T>();
        time.execute(() -> {
            long before = journal.handedIn();
            T value;
            try {
                value = work.apply(router);
            } catch (Throwable e) {
                // what the work did change before it failed (usually nothing) is carried out like any other change
                handle(router.drain());
                result.completeExceptionally(e);
                return;
            }
            handle(router.drain());
            if (journal.handedIn() == before) {
                result.complete(value);
            } else {
                journal.committed().whenComplete((done, failure) -> {
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(failure);
                    }
                });
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the router", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the router did not decide and commit within 10 s", e);
        }
    }

    /** Runs {@code work} on the router's thread without waiting. */
    void apply(java.util.function.Consumer<Router> work) {
        time.execute(() -> {
            work.accept(router);
            handle(router.drain());
        });
    }

    void flush() {
        journal.flush();
    }

    Instant now() {
        return time.now();
    }

    String endpointOf(RAgent agent) {
        return endpointPrefix + agent.username;
    }

    // ---- telephony events (on the engine's thread) ------------------------------------------------------------------

    private void on(TelephonyEvent event) {
        if (event instanceof TelephonyEvent.CallQueued queued) {
            lookups.execute(() -> {
                CallerPriority.Caller caller;
                try {
                    caller = callers.of(queued.callerNumber());
                } catch (RuntimeException e) {
                    log.warn("Routing: caller lookup failed for call {}; routing it as unknown", queued.call(), e);
                    caller = CallerPriority.Caller.UNKNOWN;
                }
                var found = caller;
                time.execute(() -> enqueue(queued, found));
            });
        } else if (event instanceof TelephonyEvent.Answered answered) {
            var ring = agentLegs.get(answered.leg());
            var outbound = ring == null ? null : router.contact(ring.contact());
            if (outbound != null && outbound.outbound) {
                agentAnsweredDial(outbound, ring, answered);
            } else if (ring != null) {
                if (router.answered(ring.contact(), ring.agent(), answered.at())) {
                    telephony.bridge(ring.customerLeg(), answered.leg()).exceptionally(failure -> null);
                    recorder.answered(ring.contact(), ring.agent(), ring.customerLeg(), answered.at());
                } else {
                    forget(answered.leg());
                    telephony.hangup(answered.leg(), HangupCause.ORIGINATOR_CANCEL).exceptionally(failure -> null);
                }
                handle(router.drain());
            } else {
                customerAnswered(answered);
            }
        } else if (event instanceof TelephonyEvent.Held held) {
            var contact = contactOf(held.leg());
            if (contact != null) {
                router.held(contact, held.at());
                changes++;
            }
        } else if (event instanceof TelephonyEvent.Resumed resumed) {
            var contact = contactOf(resumed.leg());
            if (contact != null) {
                router.resumed(contact, resumed.at());
                changes++;
            }
        } else if (event instanceof TelephonyEvent.LegEnded ended) {
            ended(ended);
        } else if (event instanceof TelephonyEvent.PlaybackFinished finished
                && CALLBACK_NOTICE.equals(finished.tag())) {
            hangUpAfterNotice(finished.leg());
        }
    }

    /** The contact a leg belongs to: the customer's leg, or an agent's leg ringing or talking for it. */
    private UUID contactOf(LegId leg) {
        var contact = contactOfCustomerLeg.get(leg);
        if (contact == null) {
            var ring = agentLegs.get(leg);
            contact = ring == null ? null : ring.contact();
        }
        return contact;
    }

    private void enqueue(TelephonyEvent.CallQueued queued, CallerPriority.Caller caller) {
        if (endedBeforeQueued.remove(queued.leg())) {
            return;
        }
        var contact = router.enqueue(new Router.Arrival(null, Channel.VOICE, queued.queueCode(),
                queued.call().value(), queued.leg().value(), queued.callerNumber(), queued.calledNumber(),
                caller.priority(), caller.customerId(), queued.waitingSince()), time.now());
        if (contact == null) {
            log.warn("Routing: no queue {} for call {}; hanging up", queued.queueCode(), queued.call());
            telephony.hangup(queued.leg(), HangupCause.NORMAL_TEMPORARY_FAILURE).exceptionally(failure -> null);
            return;
        }
        contactOfCustomerLeg.put(queued.leg(), contact.id);
        scheduleTimers(contact);
        handle(router.drain());
    }

    private void ended(TelephonyEvent.LegEnded ended) {
        if (noticeThenHangUp.remove(ended.leg())) {
            return;                                 // the caller hung up during the callback notice
        }
        var ring = agentLegs.get(ended.leg());
        if (ring != null) {
            forget(ended.leg());
            var contact = router.contact(ring.contact());
            if (contact != null && contact.status == ContactStatus.OFFERED) {
                router.noAnswer(ring.contact(), ring.agent(), ended.at());
            } else if (contact != null && contact.status == ContactStatus.CONNECTED && contact.agent.id == ring.agent()) {
                if (ended.cause() == HangupCause.BLIND_TRANSFER || ended.cause() == HangupCause.ATTENDED_TRANSFER) {
                    // the switch hands the customer to the transfer's target: routing's part ends, the call goes on
                    contactOfCustomerLeg.remove(ring.customerLeg());
                    legsOfContact.remove(contact.id);
                    router.transferred(contact.id, ring.agent(), ended.at());
                } else {
                    router.customerLeft(contact.id, ended.at());          // the agent hung up: the contact ends
                    telephony.hangup(ring.customerLeg(), HangupCause.NORMAL_CLEARING).exceptionally(failure -> null);
                }
            }
            handle(router.drain());
            return;
        }
        var contactId = contactOfCustomerLeg.remove(ended.leg());
        if (contactId == null) {
            if (ended.leg() != null) {
                endedBeforeQueued.add(ended.leg());
                time.schedule(Duration.ofMinutes(1), () -> endedBeforeQueued.remove(ended.leg()));
            }
            return;
        }
        var legs = legsOfContact.remove(contactId);
        router.customerLeft(contactId, ended.at());
        if (legs != null) {
            for (var leg : legs.values()) {
                agentLegs.remove(leg);
                telephony.hangup(leg, ended instanceof TelephonyEvent.HungUp ? HangupCause.NORMAL_CLEARING
                        : HangupCause.ORIGINATOR_CANCEL).exceptionally(failure -> null);
            }
        }
        handle(router.drain());
    }

    private void hangUpAfterNotice(LegId leg) {
        if (noticeThenHangUp.remove(leg)) {
            telephony.hangup(leg, HangupCause.NORMAL_CLEARING).exceptionally(failure -> null);
        }
    }

    private void forget(LegId agentLeg) {
        var ring = agentLegs.remove(agentLeg);
        if (ring != null) {
            var legs = legsOfContact.get(ring.contact());
            if (legs != null) {
                legs.remove(ring.agent(), agentLeg);
                if (legs.isEmpty()) {
                    legsOfContact.remove(ring.contact());
                }
            }
        }
    }

    // ---- call control from the agent desktop (on the engine's thread, through the port) -----------------------------

    long changes() {
        return changes;
    }

    /** The agent's phone leg ringing for an offer: the desktop's Answer asks the switch to pick it up. */
    LegId ringingLeg(RAgent agent) {
        for (var contact : agent.load) {
            if (contact.status == ContactStatus.OFFERED && contact.offeredTo.contains(agent)) {
                var legs = legsOfContact.get(contact.id);
                if (legs != null && legs.get(agent.id) != null) {
                    return legs.get(agent.id);
                }
            }
        }
        throw notAllowed(agent, "answer");
    }

    /** Hangs up the agent's side of their connected call; the leg's end finishes the contact as usual. */
    void hangUp(RAgent agent) {
        var contact = connected(agent);
        telephony.hangup(agentLeg(contact, agent), HangupCause.NORMAL_CLEARING).exceptionally(failure -> null);
    }

    void hold(RAgent agent, boolean hold) {
        var contact = connected(agent);
        if (hold == (contact.heldSince != null)) {
            var state = hold ? "ON_HOLD" : "TALKING";
            throw new hotline.platform.ConflictException("illegal-transition", "cannot " + (hold ? "hold" : "resume")
                    + ": the call of agent " + agent.username + " is " + state, Map.of("resource", "contact",
                    "id", contact.id.toString(), "currentStatus", state, "action", hold ? "hold" : "resume"));
        }
        var customer = LegId.of(contact.legId);
        var done = hold ? telephony.hold(customer, Prompt.file("moh/default")) : telephony.unhold(customer);
        done.exceptionally(failure -> null);
    }

    /** A blind transfer to an outside number: the switch ends the agent's leg (BLIND_TRANSFER), {@link #ended} follows. */
    void transferOut(RAgent agent, String number) {
        var contact = connected(agent);
        telephony.transferBlind(LegId.of(contact.legId), Originate.to(telephony.newLegId(), "tel:" + number)
                .inCall(CallId.of(contact.callId)).withCallerId(contact.callerNumber)).exceptionally(failure -> null);
    }

    /**
     * A transfer inside routing: the agent's leg is let go (hung up), the customer's leg stays up with music and
     * becomes a new contact of the target queue, offered to {@code to} when an agent was chosen.
     */
    void transferWithin(RAgent agent, RQueue target, RAgent to) {
        var contact = connected(agent);
        var agentLeg = agentLeg(contact, agent);
        var next = router.transferWithin(contact.id, agent.id, target, to, time.now());
        forget(agentLeg);
        legsOfContact.remove(contact.id);
        var customer = LegId.of(contact.legId);
        contactOfCustomerLeg.put(customer, next.id);
        telephony.hangup(agentLeg, HangupCause.NORMAL_CLEARING).exceptionally(failure -> null);
        telephony.play(customer, Playback.looping("transfer-wait", Prompt.file("moh/default")))
                .exceptionally(failure -> null);
        scheduleTimers(next);
    }

    private RContact connected(RAgent agent) {
        for (var contact : agent.load) {
            if (contact.status == ContactStatus.CONNECTED && contact.agent == agent
                    && contact.channel == Channel.VOICE && contact.legId != null) {
                return contact;
            }
        }
        throw notAllowed(agent, "control a call");
    }

    /** 409 naming the agent's state: no contact of the kind the action needs. */
    private static hotline.platform.ConflictException notAllowed(RAgent agent, String action) {
        return hotline.platform.ConflictException.illegalTransition("agent", agent.username, agent.state, action);
    }

    private LegId agentLeg(RContact contact, RAgent agent) {
        var legs = legsOfContact.get(contact.id);
        var leg = legs == null ? null : legs.get(agent.id);
        if (leg == null) {
            throw notAllowed(agent, "control a call");
        }
        return leg;
    }

    // ---- effects --------------------------------------------------------------------------------------------------

    private void handle(List<Effect> effects) {
        if (effects.isEmpty()) {
            return;
        }
        changes++;
        var toJournal = new ArrayList<Object>(effects.size());
        for (var effect : effects) {
            var entry = RoutingJournal.entryOf(effect);
            if (entry != null) {
                toJournal.add(entry);
            }
            if (effect instanceof Effect.Offer offer) {
                ring(offer.contact(), offer.agent());
            } else if (effect instanceof Effect.Withdraw withdraw) {
                var legs = legsOfContact.get(withdraw.contact().id);
                var leg = legs == null ? null : legs.get(withdraw.agent().id);
                if (leg != null) {
                    forget(leg);
                    telephony.hangup(leg, HangupCause.ORIGINATOR_CANCEL).exceptionally(failure -> null);
                }
            } else if (effect instanceof Effect.StateChanged changed) {
                if (changed.to() == AgentState.WRAP_UP) {
                    var agent = router.agent(changed.agentId());
                    var since = agent.stateSince;
                    time.schedule(agent.wrapUpLimit, () -> {
                        if (agent.state == AgentState.WRAP_UP && agent.stateSince.equals(since)) {
                            router.wrapUpOver(agent.id, time.now());
                            handle(router.drain());
                        }
                    });
                }
            } else if (effect instanceof Effect.Callback callback && callback.contact().legId != null) {
                // the caller hears that their call will be returned, then the call ends (after the notice, or after
                // a minute should the switch never report its end); the request waits on the desks (CallbackRequests)
                var leg = LegId.of(callback.contact().legId);
                contactOfCustomerLeg.remove(leg);
                noticeThenHangUp.add(leg);
                telephony.play(leg, Playback.once(CALLBACK_NOTICE, callbackNotice)).exceptionally(failure -> {
                    time.execute(() -> hangUpAfterNotice(leg));
                    return null;
                });
                time.schedule(Duration.ofMinutes(1), () -> hangUpAfterNotice(leg));
            }
        }
        journal.append(toJournal);
    }

    /**
     * Rings the agent's device for the contact: in the customer's call for an inbound one; for the agent's own dial
     * (ADR 0093) in a new call, before the customer's phone rings, showing the customer's number either way.
     */
    private void ring(RContact contact, RAgent agent) {
        if (!contact.outbound && (contact.channel != Channel.VOICE || contact.callId == null)) {
            return;            // written contacts are pushed to the agent desktop by the channel module
        }
        var leg = telephony.newLegId();
        var customerLeg = LegId.of(contact.legId);
        agentLegs.put(leg, new Ring(contact.id, agent.id, customerLeg));
        legsOfContact.computeIfAbsent(contact.id, id -> new HashMap<>()).put(agent.id, leg);
        var device = Originate.to(leg, endpointOf(agent)).withCallerId(contact.callerNumber)
                .withTimeout(contact.queue.rules.ringTimeout());
        telephony.originate(contact.outbound ? device : device.inCall(CallId.of(contact.callId)))
                .exceptionally(failure -> {
                    // refused at once (the customer's call is gone): treat as no answer on the engine's thread
                    time.execute(() -> {
                        if (agentLegs.containsKey(leg)) {
                            forget(leg);
                            router.noAnswer(contact.id, agent.id, time.now());
                            handle(router.drain());
                        }
                    });
                    return null;
                });
    }

    // ---- outbound calls: the agent's phone first, then the customer in the same call (ADR 0093) ----------------------

    /** The agent picked up their dial: they are on the line, and the customer's phone rings in the same call. */
    private void agentAnsweredDial(RContact contact, Ring ring, TelephonyEvent.Answered answered) {
        contact.callId = answered.call().value();
        if (!router.answered(contact.id, ring.agent(), answered.at())) {
            forget(answered.leg());
            telephony.hangup(answered.leg(), HangupCause.ORIGINATOR_CANCEL).exceptionally(failure -> null);
            handle(router.drain());
            return;
        }
        var customerLeg = ring.customerLeg();
        contactOfCustomerLeg.put(customerLeg, contact.id);
        telephony.originate(Originate.to(customerLeg, "tel:" + contact.callerNumber).inCall(answered.call())
                        .withCallerId(contact.calledNumber).withTimeout(outboundRingTimeout))
                .exceptionally(failure -> {
                    // refused at once: as if the customer's phone had failed
                    time.execute(() -> ended(new TelephonyEvent.OriginateFailed(time.now(), answered.call(),
                            customerLeg, "tel:" + contact.callerNumber, HangupCause.NORMAL_TEMPORARY_FAILURE, null)));
                    return null;
                });
        handle(router.drain());
    }

    /** The customer answered the agent's call: bridge them, record as for an inbound call. */
    private void customerAnswered(TelephonyEvent.Answered answered) {
        var contactId = contactOfCustomerLeg.get(answered.leg());
        var contact = contactId == null ? null : router.contact(contactId);
        if (contact == null || !contact.outbound || contact.agent == null) {
            return;
        }
        var agentLeg = legsOfContact.getOrDefault(contact.id, Map.of()).get(contact.agent.id);
        if (agentLeg == null) {
            return;
        }
        telephony.bridge(answered.leg(), agentLeg).exceptionally(failure -> null);
        recorder.answered(contact.id, contact.agent.id, answered.leg(), answered.at());
        router.reached(contact.id, answered.at());
        handle(router.drain());
    }

    private void scheduleTimers(RContact contact) {
        var rules = contact.queue.rules;
        var now = time.now();
        if (rules.relaxAfter() != null) {
            time.schedule(positive(Duration.between(now, contact.waitingSince.plus(rules.relaxAfter()))),
                    () -> {
                        router.relax(contact.id, time.now());
                        handle(router.drain());
                    });
        }
        if (rules.maxWait() != null) {
            time.schedule(positive(Duration.between(now, contact.waitingSince.plus(rules.maxWait()))), () -> {
                var queueBefore = contact.queue;
                router.maxWaitReached(contact.id, time.now());
                if (contact.queue != queueBefore && contact.status == ContactStatus.QUEUED) {
                    scheduleTimers(contact);
                }
                handle(router.drain());
            });
        }
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** For the rebuild: contacts the switch lost with the restart are closed as interrupted. */
    static Effect.ContactChanged interrupted(ContactSnapshot open, Instant now) {
        return new Effect.ContactChanged(new ContactSnapshot(open.id(), open.channel(), open.queueId(),
                open.queueCode(), ContactStatus.ENDED, open.callId(), open.legId(), open.callerNumber(),
                open.calledNumber(), open.priority(), open.customerId(), open.workOrderId(), open.arrivedAt(),
                open.waitingSince(), open.routedAt(), open.answeredAt(), now, open.agentId(), Outcome.INTERRUPTED,
                open.disposition(), open.offers(), open.noAnswers(), open.waitToAnswer(), open.holdSeconds(),
                open.transferred(), open.outbound()));
    }
}
