package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.Strategy;

import java.time.Duration;
import java.util.Map;

/**
 * What the router needs of a queue's configuration.
 *
 * @param requiredSkills      skill code → minimum proficiency
 * @param relaxAfter          after this wait a contact also goes to agents with {@code relaxedMinProficiency} in
 *                            each required skill (null: never)
 * @param maxWait             after this wait a queued contact overflows (null: never)
 * @param overflowQueueId     where it overflows to; null with {@code overflowToCallback}: a callback request
 */
record QueueRules(long id, String code, Channel channel, Map<String, Integer> requiredSkills, int priority,
                  Strategy strategy, int serviceLevelSeconds, Duration relaxAfter, int relaxedMinProficiency,
                  Duration maxWait, Long overflowQueueId, boolean overflowToCallback, Duration wrapUp,
                  Duration ringTimeout) {

    QueueRules {
        requiredSkills = Map.copyOf(requiredSkills);
    }
}
