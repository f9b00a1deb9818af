package hotline.incident;

import java.time.Instant;
import java.time.LocalDate;

/** A notice for the morning briefing (晨会): what every agent must know today. */
public record Bulletin(long id, String title, String body, LocalDate validFrom, LocalDate validUntil,
                       Instant createdAt, String createdBy, long version) {

    public boolean currentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
