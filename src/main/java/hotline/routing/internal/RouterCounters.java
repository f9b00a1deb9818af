package hotline.routing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's totals per queue for the live view, in the center's time zone; they start again at local midnight and are
 * rebuilt from the contact records after a restart. Service level = answered within the target / (answered +
 * abandoned after the target): callers who hang up within the target count neither way.
 */
final class RouterCounters {

    static final class Today {
        long offered;
        long answered;
        long abandoned;
        long answeredInTarget;
        long abandonedInTarget;
        long overflowed;
        long waitMillis;

        Double serviceLevel() {
            long base = answered + abandoned - abandonedInTarget;
            return base == 0 ? null : (double) answeredInTarget / base;
        }
    }

    /** The wallboard's "this interval": the current half hour of the center's clock. */
    static final int INTERVAL_MINUTES = 30;

    private final ZoneId zone;
    private final Map<Long, Today> byQueue = new HashMap<>();
    private LocalDate day;
    private final Map<Long, Today> byQueueInterval = new HashMap<>();
    private Instant intervalStart;

    RouterCounters(ZoneId zone) {
        this.zone = zone;
    }

    Today today(long queueId, Instant now) {
        var date = LocalDate.ofInstant(now, zone);
        if (!date.equals(day)) {
            byQueue.clear();
            day = date;
        }
        return byQueue.computeIfAbsent(queueId, id -> new Today());
    }

    /**
     * The current interval's totals; they start again with each interval (and after a restart count from the
     * restart: the interval statistics recomputed from the records are the full account).
     */
    Today interval(long queueId, Instant now) {
        var start = intervalStart(now);
        if (!start.equals(intervalStart)) {
            byQueueInterval.clear();
            intervalStart = start;
        }
        return byQueueInterval.computeIfAbsent(queueId, id -> new Today());
    }

    Instant intervalStart(Instant now) {
        var local = java.time.LocalDateTime.ofInstant(now, zone);
        var start = local.truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plusMinutes(local.getMinute() / INTERVAL_MINUTES * INTERVAL_MINUTES);
        return start.atZone(zone).toInstant();
    }

    void offered(long queueId, Instant now) {
        today(queueId, now).offered++;
        interval(queueId, now).offered++;
    }

    void overflowed(long queueId, Instant now) {
        today(queueId, now).overflowed++;
    }

    void answered(long queueId, Duration waited, int targetSeconds, Instant now) {
        for (var counts : List.of(today(queueId, now), interval(queueId, now))) {
            counts.answered++;
            counts.waitMillis += waited.toMillis();
            if (waited.toMillis() <= targetSeconds * 1000L) {
                counts.answeredInTarget++;
            }
        }
    }

    void abandoned(long queueId, Duration waited, int targetSeconds, Instant now) {
        for (var counts : List.of(today(queueId, now), interval(queueId, now))) {
            counts.abandoned++;
            if (waited.toMillis() <= targetSeconds * 1000L) {
                counts.abandonedInTarget++;
            }
        }
    }

    ZoneId zone() {
        return zone;
    }
}
