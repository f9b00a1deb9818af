package hotline.routing;

import java.time.Instant;

/** An agent's figures for one 15- or 30-minute interval; occupancy = busy / staffed (ready + busy). */
public record AgentIntervalStat(long userId, int intervalMinutes, Instant intervalStart, int handled,
                                double talkSeconds, double staffedSeconds, double busySeconds,
                                double notReadySeconds, Double occupancy) {
}
