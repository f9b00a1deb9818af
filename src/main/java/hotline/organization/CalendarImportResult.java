package hotline.organization;

/** What a CSV import did: entries added on new dates, entries replaced on dates that had one. */
public record CalendarImportResult(int added, int replaced, int holidays, int workdays) {
}
