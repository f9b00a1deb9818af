package hotline.organization;

import jakarta.validation.Valid;

import java.util.List;

/**
 * Business calendars: weekly working hours, public holidays and make-up working days (调休); one is the center's
 * default. Administrators manage them; every signed-in person may list them; {@link #defaultCalendar()} and
 * {@link #calendar(long)} are open to other modules' background work (SLA timers). The CSV format is described in
 * docs/organization.md.
 */
public interface Calendars {

    List<CalendarView> list();

    CalendarView get(long id);

    CalendarView create(@Valid NewCalendar calendar);

    /** Applies an edit made on {@code change.version()}; a newer version answers 409. */
    CalendarView update(long id, @Valid CalendarChange change);

    /** Makes this calendar the center's default (the previous default stays as an ordinary calendar). */
    CalendarView makeDefault(long id);

    /** Deletes a calendar that is not the default. */
    void delete(long id);

    /** The calendar's entries by date, of one year or (year null) all. */
    List<CalendarEntryView> entries(long calendarId, Integer year);

    /** Adds an entry on a date that has none (409 when it has). */
    CalendarEntryView addEntry(long calendarId, @Valid CalendarEntry entry);

    void removeEntry(long calendarId, long entryId);

    /**
     * Imports {@code date,type,name[,hours]} lines. Entries replace those on the same dates; a file with any error
     * imports nothing and answers 400 listing each bad line ({@code field} = "line N").
     */
    CalendarImportResult importCsv(long calendarId, String csv);

    BusinessCalendar defaultCalendar();

    BusinessCalendar calendar(long id);
}
