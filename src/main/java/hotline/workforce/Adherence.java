package hotline.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Real-time adherence (scheduled activity against observed agent state) and intraday management (actuals so far
 * against forecast, the rest of the day re-forecast, the staffing gap per interval).
 */
public interface Adherence {

    /** One row per agent scheduled on {@code day}: minutes out of adherence so far, adherence and conformance. */
    List<AgentAdherence> board(LocalDate day);

    Intraday intraday(String queueCode, LocalDate day);

    /**
     * @param adherence   share of scheduled minutes (so far) in which the state matched the scheduled activity
     * @param conformance minutes worked (logged in) over minutes scheduled to work, so far
     */
    record AgentAdherence(long userId, String displayName, String scheduledNow, String stateNow, boolean inAdherence,
                          long minutesOutOfAdherence, double adherence, double conformance) {
    }

    record IntradayPoint(Instant start, double forecast, Double actual, double reforecast, int requiredAgents,
                         int scheduledAgents, int gap) {
    }

    /** {@code ratio}: actuals so far over the original forecast for the same intervals; the rest is scaled by it. */
    record Intraday(String queueCode, LocalDate day, double ratio, List<IntradayPoint> points) {
    }
}
