package hotline.platform.live;

import hotline.platform.security.Actor;

/**
 * Who may follow a live topic. Modules declare policies for their topics as beans; a topic no policy grants is
 * refused. Every signed-in person may follow {@code user:<own id>}.
 */
@FunctionalInterface
public interface LiveTopicPolicy {

    boolean allows(Actor actor, String topic);

    /** Sends the topic's current state to a stream that just opened (a reconnecting page is never stale). */
    default void snapshot(Actor actor, String topic, LiveEvents.Initial initial) {
    }

    static String userTopic(long userId) {
        return "user:" + userId;
    }
}
