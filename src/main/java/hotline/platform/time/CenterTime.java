package hotline.platform.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The center's time zone ({@code HOTLINE_TIME_ZONE}, default Asia/Shanghai) and today's date there. Instants are stored
 * in UTC; days, shifts, intervals and business calendars are reckoned in this zone. It is configuration, not data:
 * changing it would move every stored deadline's meaning.
 */
@Component
public class CenterTime {

    private final ZoneId zone;
    private final Clock clock;

    public CenterTime(@Value("${hotline.center.time-zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    public LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
