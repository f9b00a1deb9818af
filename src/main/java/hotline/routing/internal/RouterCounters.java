package hotline.routing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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

    private final ZoneId zone;
    private final Map<Long, Today> byQueue = new HashMap<>();
    private LocalDate day;

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

    void offered(long queueId, Instant now) {
        today(queueId, now).offered++;
    }

    void overflowed(long queueId, Instant now) {
        today(queueId, now).overflowed++;
    }

    void answered(long queueId, Duration waited, int targetSeconds, Instant now) {
        var today = today(queueId, now);
        today.answered++;
        today.waitMillis += waited.toMillis();
        if (waited.toMillis() <= targetSeconds * 1000L) {
            today.answeredInTarget++;
        }
    }

    void abandoned(long queueId, Duration waited, int targetSeconds, Instant now) {
        var today = today(queueId, now);
        today.abandoned++;
        if (waited.toMillis() <= targetSeconds * 1000L) {
            today.abandonedInTarget++;
        }
    }

    ZoneId zone() {
        return zone;
    }
}
