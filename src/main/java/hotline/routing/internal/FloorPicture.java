package hotline.routing.internal;

import hotline.routing.AgentState;
import hotline.routing.ContactStatus;
import hotline.routing.Floor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;

/** Draws the {@link Floor} from the router; runs on the router's thread, so the picture is consistent. */
final class FloorPicture {

    private FloorPicture() {
    }

    static Floor of(Router router, Instant now, long decisions) {
        var queues = new ArrayList<Floor.Queue>(router.queues().size());
        for (var queue : router.queues()) {
            var rules = queue.rules;
            var today = router.counters().today(rules.id(), now);
            var interval = router.counters().interval(rules.id(), now);
            Instant oldest = null;
            for (var contact : queue.waiting) {
                if (oldest == null || contact.waitingSince.isBefore(oldest)) {
                    oldest = contact.waitingSince;
                }
            }
            var byState = new EnumMap<AgentState, Integer>(AgentState.class);
            for (var state : AgentState.values()) {
                byState.put(state, 0);
            }
            queue.strictAgents.forEach(agent -> byState.merge(agent.state, 1, Integer::sum));
            queue.relaxedAgents.forEach(agent -> byState.merge(agent.state, 1, Integer::sum));
            queues.add(new Floor.Queue(rules.id(), rules.code(), queue.waiting.size(), oldest,
                    today.offered, today.answered, today.abandoned, today.serviceLevel(),
                    router.counters().intervalStart(now), interval.offered, interval.answered, interval.abandoned,
                    interval.serviceLevel(), rules.serviceLevelSeconds(), byState));
        }
        var agents = new ArrayList<Floor.Agent>(router.agents().size());
        for (var agent : router.agents()) {
            agents.add(new Floor.Agent(agent.id, agent.username, agent.state, agent.reason, agent.stateSince,
                    agent.pending, agent.state == AgentState.WRAP_UP ? agent.stateSince.plus(agent.wrapUpLimit) : null,
                    agent.queueIds.stream().sorted().toList(), contactOf(agent)));
        }
        return new Floor(now, decisions, queues, agents);
    }

    private static Floor.Contact contactOf(RAgent agent) {
        RContact shown = null;
        for (var contact : agent.load) {
            if (shown == null || contact.channel == hotline.organization.Channel.VOICE) {
                shown = contact;
            }
        }
        if (shown == null && agent.state == AgentState.WRAP_UP) {
            shown = agent.wrappingUp;
        }
        if (shown == null) {
            return null;
        }
        return new Floor.Contact(shown.id, shown.queue.rules.code(), shown.status, shown.callerNumber,
                shown.customerId, shown.waitingSince, shown.status == ContactStatus.OFFERED ? null : shown.answeredAt,
                shown.heldSince != null);
    }
}
