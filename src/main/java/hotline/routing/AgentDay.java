package hotline.routing;

import java.util.Map;

/**
 * An agent's own figures for today (center time zone): contacts handled, average handle time (talk with hold, plus
 * wrap-up; null before the first), and seconds spent in each state since midnight.
 */
public record AgentDay(long handled, Double averageHandleSeconds, Map<AgentState, Long> secondsByState) {
}
