package hotline.incident;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the shift handover log (交接班): what the outgoing lead hands over and who took it over. */
public record HandoverEntry(long id, LocalDate shiftDate, String shift, String handedOverBy, String takenOverBy,
                            String notes, String openIssues, Instant createdAt, Instant acknowledgedAt,
                            String acknowledgedBy) {
}
