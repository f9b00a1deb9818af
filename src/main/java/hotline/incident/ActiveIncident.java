package hotline.incident;

import java.time.Instant;

/** What the screen pop and the IVR need of an incident that covers a caller. */
public record ActiveIncident(long id, String title, IncidentType type, String wording, Instant startedAt,
                             Instant expectedEndAt) {
}
