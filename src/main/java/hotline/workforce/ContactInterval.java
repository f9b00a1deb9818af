package hotline.workforce;

import java.time.Instant;

/**
 * What one queue saw in one interval: the history workforce forecasts from. Routing delivers one per queue and
 * interval when the interval closes; CSV and Excel imports deliver the same rows.
 *
 * @param handleSeconds        talk + hold + wrap-up of the answered contacts, summed
 * @param abandonedWaitSeconds time the abandoned contacts waited before hanging up, summed
 * @param answeredWaitSeconds  time the answered contacts waited in the queue, summed; with the abandoned waits it
 *                             gives the callers' patience for Erlang A (ADR 0041)
 */
public record ContactInterval(String queueCode, Instant start, int intervalMinutes, int offered, int answered,
                              int abandoned, double handleSeconds, double abandonedWaitSeconds,
                              double answeredWaitSeconds) {

    public ContactInterval {
        if (queueCode == null || queueCode.isBlank()) {
            throw new IllegalArgumentException("queue code is required");
        }
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval must divide a day: " + intervalMinutes);
        }
        if (offered < 0 || answered < 0 || abandoned < 0 || handleSeconds < 0 || abandonedWaitSeconds < 0
                || answeredWaitSeconds < 0) {
            throw new IllegalArgumentException("counts and seconds cannot be negative");
        }
    }

    public double ahtSeconds() {
        return answered == 0 ? 0 : handleSeconds / answered;
    }
}
