package hotline.routing.internal;

import java.util.Comparator;
import java.util.TreeSet;

/** A queue as the router holds it: its waiting contacts in order and the agents who may take them. */
final class RQueue {

    /** Higher priority first, then a contact put back after a no-answer, then the longest waiting, then arrival. */
    static final Comparator<RContact> ORDER = Comparator
            .comparingInt(RContact::effectivePriority).reversed()
            .thenComparing(c -> !c.requeued)
            .thenComparing(c -> c.waitingSince)
            .thenComparingLong(c -> c.seq);

    QueueRules rules;
    final TreeSet<RContact> waiting = new TreeSet<>(ORDER);
    /** The waiting contacts whose skill requirement is relaxed (a subset of {@link #waiting}). */
    final TreeSet<RContact> relaxedWaiting = new TreeSet<>(ORDER);
    /** Agents meeting the strict requirement, by id. */
    final TreeSet<RAgent> strictAgents = new TreeSet<>(RAgent.BY_ID);
    /** Agents meeting only the relaxed requirement, by id. */
    final TreeSet<RAgent> relaxedAgents = new TreeSet<>(RAgent.BY_ID);
    long lastAgentId = Long.MIN_VALUE;

    RQueue(QueueRules rules) {
        this.rules = rules;
    }

    void add(RContact contact) {
        waiting.add(contact);
        if (contact.relaxed) {
            relaxedWaiting.add(contact);
        }
    }

    boolean remove(RContact contact) {
        relaxedWaiting.remove(contact);
        return waiting.remove(contact);
    }

    /** 0: the agent may not take this queue's contacts; 1: relaxed ones only; 2: all. */
    int eligibility(RAgent agent) {
        if (!agent.queueIds.isEmpty() && !agent.queueIds.contains(rules.id())) {
            return 0;
        }
        boolean strict = true;
        for (var required : rules.requiredSkills().entrySet()) {
            int has = agent.skills.getOrDefault(required.getKey(), 0);
            if (has < required.getValue()) {
                strict = false;
                if (rules.relaxAfter() == null || has < Math.max(1, rules.relaxedMinProficiency())) {
                    return 0;
                }
            }
        }
        return strict ? 2 : 1;
    }

    int proficiencySum(RAgent agent) {
        int sum = 0;
        for (var skill : rules.requiredSkills().keySet()) {
            sum += agent.skills.getOrDefault(skill, 0);
        }
        return sum;
    }
}
