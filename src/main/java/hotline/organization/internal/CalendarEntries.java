package hotline.organization.internal;

import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.CalendarEntryView;
import hotline.organization.WorkingPeriod;
import hotline.platform.db.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dated entries of calendars (holidays, make-up days), and the revision that tells caches they changed. */
@Component
class CalendarEntries {

    private final JdbcClient jdbc;

    CalendarEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarEntryView> of(long calendarId, Integer year) {
        if (year == null) {
            return jdbc.sql("select * from organization.calendar_entry where calendar_id = ? order by day")
                    .param(calendarId).query(CalendarEntries::view).list();
        }
        return jdbc.sql("""
                        select * from organization.calendar_entry
                        where calendar_id = ? and day >= ? and day < ? order by day""")
                .params(calendarId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(CalendarEntries::view).list();
    }

    Optional<CalendarEntryView> find(long calendarId, long entryId) {
        return jdbc.sql("select * from organization.calendar_entry where calendar_id = ? and id = ?")
                .params(calendarId, entryId).query(CalendarEntries::view).optional();
    }

    Optional<CalendarEntryView> on(long calendarId, LocalDate day) {
        return jdbc.sql("select * from organization.calendar_entry where calendar_id = ? and day = ?")
                .params(calendarId, day).query(CalendarEntries::view).optional();
    }

    long add(long calendarId, CalendarEntry entry, Instant now) {
        return jdbc.sql("""
                        insert into organization.calendar_entry (calendar_id, day, kind, name, hours, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(calendarId, entry.date(), entry.type().name(), entry.name().strip(), hours(entry),
                        now.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Inserts or replaces the entry of the date; true when it replaced one. */
    boolean put(long calendarId, CalendarEntry entry, Instant now) {
        return jdbc.sql("""
                        insert into organization.calendar_entry (calendar_id, day, kind, name, hours, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (calendar_id, day) do update
                            set kind = excluded.kind, name = excluded.name, hours = excluded.hours,
                                created_at = excluded.created_at
                        returning (xmax <> 0) as replaced""")
                .params(calendarId, entry.date(), entry.type().name(), entry.name().strip(), hours(entry),
                        now.atOffset(ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    boolean remove(long calendarId, long entryId) {
        return jdbc.sql("delete from organization.calendar_entry where calendar_id = ? and id = ?")
                .params(calendarId, entryId).update() > 0;
    }

    int count(long calendarId) {
        return jdbc.sql("select count(*) from organization.calendar_entry where calendar_id = ?")
                .param(calendarId).query(Integer.class).single();
    }

    boolean anyWorkdayWithoutHours(long calendarId) {
        return jdbc.sql("""
                        select exists (select 1 from organization.calendar_entry
                                       where calendar_id = ? and kind = 'WORKDAY' and hours is null)""")
                .param(calendarId).query(Boolean.class).single();
    }

    long revision(long calendarId) {
        return jdbc.sql("select revision from organization.calendar where id = ?")
                .param(calendarId).query(Long.class).optional().orElse(-1L);
    }

    void touch(long calendarId) {
        jdbc.sql("update organization.calendar set revision = revision + 1 where id = ?").param(calendarId).update();
        touchedInThisTransaction().add(calendarId);
    }

    private static String hours(CalendarEntry entry) {
        return entry.hours().isEmpty() ? null : WorkingPeriod.format(entry.hours());
    }

    private static CalendarEntryView view(ResultSet rs, int row) throws SQLException {
        return new CalendarEntryView(rs.getLong("id"), rs.getLong("calendar_id"), rs.getObject("day", LocalDate.class),
                CalendarEntryType.valueOf(rs.getString("kind")), rs.getString("name"),
                WorkingPeriod.parseList(rs.getString("hours")));
    }

    /**
     * Whether this transaction changed the calendar: then what it reads is not committed yet and must not be cached
     * for others. Outside a transaction nothing is pending.
     */
    boolean changedInThisTransaction(long calendarId) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(TOUCHED) instanceof Set<?> touched
                && touched.contains(calendarId);
    }

    private static final Object TOUCHED = CalendarEntries.class.getName() + ".touched";

    private static Set<Long> touchedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        return TransactionScoped.get(TOUCHED, HashSet::new, ids -> { }, ids -> { });
    }
}
