package hotline.routing;

import hotline.organization.Channel;

import java.time.Instant;
import java.util.Map;

/** A queue's configuration; {@code requiredSkills} maps skill code → minimum proficiency (1–5). */
public record QueueView(long id, String code, String name, Channel channel, Map<String, Integer> requiredSkills,
                        int priority, Strategy strategy, int serviceLevelPercent, int serviceLevelSeconds,
                        Integer maxWaitSeconds, Long overflowQueueId, boolean overflowToCallback,
                        Integer relaxAfterSeconds, int relaxedMinProficiency, int wrapUpSeconds,
                        int ringTimeoutSeconds, boolean enabled, Instant updatedAt, long version) {

    public QueueView {
        requiredSkills = Map.copyOf(requiredSkills);
    }
}
