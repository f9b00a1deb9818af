package hotline.routing;

import java.util.Map;

/**
 * A queue right now: contacts waiting and the longest wait, today's totals (center time zone), today's service level
 * (answered within the target / (answered + abandoned after the target); null before any), and the agents who may
 * take the queue's contacts by state.
 */
public record QueueLive(long queueId, String code, int waiting, long longestWaitSeconds, long offeredToday,
                        long answeredToday, long abandonedToday, Double serviceLevelToday,
                        Double averageSpeedOfAnswerSeconds, Map<AgentState, Integer> agentsByState) {
}
