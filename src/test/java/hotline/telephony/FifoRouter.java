package hotline.telephony;

import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.Bridged;
import hotline.telephony.TelephonyEvent.CallQueued;
import hotline.telephony.TelephonyEvent.LegEnded;
import hotline.telephony.TelephonyEvent.OriginateFailed;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest router that uses the port the way routing will: queued calls wait first come first served, an idle
 * agent's endpoint is called in the customer's call, the customer is bridged to it when it answers, a no-answer puts
 * the customer back at the head, and after the call the agent wraps up before taking the next. It runs entirely on
 * the engine's event thread (events and its own timers on the {@link Timekeeper}), so it needs no locks. Used by the
 * property tests and the benchmark; {@code docs/telephony.md} walks through it.
 */
public final class FifoRouter implements AutoCloseable {

    private record Offer(CallQueued call, String endpoint) {
    }

    private final Telephony telephony;
    private final Timekeeper time;
    private final Duration wrapUp;
    private final ArrayDeque<CallQueued> waiting = new ArrayDeque<>();
    private final ArrayDeque<String> idle = new ArrayDeque<>();
    private final Set<LegId> customers = new HashSet<>();
    private final Map<LegId, LegId> agentLegOf = new HashMap<>();
    private final Map<LegId, Offer> offers = new HashMap<>();
    private final TelephonyEvents.Subscription subscription;

    public long queued;
    public long connected;
    public long abandoned;
    public long notAnswered;

    public FifoRouter(Telephony telephony, TelephonyEvents events, Timekeeper time, List<String> agents,
                      Duration wrapUp) {
        this.telephony = telephony;
        this.time = time;
        this.wrapUp = wrapUp;
        idle.addAll(agents);
        subscription = events.subscribe(this::on);
    }

    private void on(TelephonyEvent event) {
        if (event instanceof CallQueued call) {
            queued++;
            customers.add(call.leg());
            waiting.add(call);
            dispatch();
        } else if (event instanceof Answered answered && offers.containsKey(answered.leg())) {
            var customer = offers.get(answered.leg()).call().leg();
            if (customers.contains(customer)) {
                ignoreRefusal(telephony.bridge(customer, answered.leg()));
            } else {
                ignoreRefusal(telephony.hangup(answered.leg(), HangupCause.NORMAL_CLEARING));
            }
        } else if (event instanceof Bridged bridged && offers.containsKey(bridged.leg())) {
            connected++;
        } else if (event instanceof LegEnded ended) {
            ended(ended);
        }
    }

    private void ended(LegEnded ended) {
        var leg = ended.leg();
        if (customers.remove(leg)) {
            if (waiting.removeIf(call -> call.leg().equals(leg))) {
                abandoned++;
            }
            var agentLeg = agentLegOf.remove(leg);
            if (agentLeg != null) {
                ignoreRefusal(telephony.hangup(agentLeg, ended instanceof OriginateFailed
                        ? HangupCause.ORIGINATOR_CANCEL : HangupCause.NORMAL_CLEARING));
            }
            return;
        }
        var offer = offers.remove(leg);
        if (offer == null) {
            return;
        }
        var customer = offer.call().leg();
        agentLegOf.remove(customer, leg);
        if (ended instanceof OriginateFailed) {
            notAnswered++;
            if (customers.contains(customer)) {
                waiting.addFirst(offer.call());
            }
            // An agent who did not answer is set aside for a while (routing would make them not-ready).
            time.schedule(Duration.ofSeconds(30), () -> backToWork(offer.endpoint()));
        } else {
            if (customers.remove(customer)) {
                ignoreRefusal(telephony.hangup(customer, HangupCause.NORMAL_CLEARING));
            }
            time.schedule(wrapUp, () -> backToWork(offer.endpoint()));
        }
        dispatch();
    }

    private void backToWork(String endpoint) {
        idle.add(endpoint);
        dispatch();
    }

    private void dispatch() {
        while (!waiting.isEmpty() && !idle.isEmpty()) {
            var call = waiting.poll();
            var endpoint = idle.poll();
            var agentLeg = telephony.newLegId();
            offers.put(agentLeg, new Offer(call, endpoint));
            agentLegOf.put(call.leg(), agentLeg);
            ignoreRefusal(telephony.originate(Originate.to(agentLeg, endpoint).inCall(call.call())
                    .withCallerId(call.callerNumber()).withTimeout(Duration.ofSeconds(15))));
        }
    }

    private static void ignoreRefusal(java.util.concurrent.CompletionStage<?> stage) {
        // A refusal means the leg ended meanwhile; its LegEnded event does the bookkeeping.
        stage.exceptionally(failure -> null);
    }

    public int waiting() {
        return waiting.size();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
