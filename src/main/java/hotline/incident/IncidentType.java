package hotline.incident;

/** What happened, as the upward report and the board classify it. */
public enum IncidentType {
    OUTAGE, PLANNED_OUTAGE, WEATHER, BILLING, SYSTEM, OTHER
}
