package hotline.organization.internal;

import hotline.audit.AuditLog;
import hotline.organization.BusinessCalendar;
import hotline.organization.CalendarChange;
import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.CalendarEntryView;
import hotline.organization.CalendarImportResult;
import hotline.organization.CalendarView;
import hotline.organization.Calendars;
import hotline.organization.NewCalendar;
import hotline.organization.WorkingPeriod;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.time.CenterTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Service
@Transactional
@Validated
class CalendarManagement implements Calendars {

    private record Cached(long revision, BusinessCalendar calendar) {
    }

    private final WorkCalendarRepository calendars;
    private final CalendarEntries entries;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CenterTime time;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    CalendarManagement(WorkCalendarRepository calendars, CalendarEntries entries, JdbcClient jdbc, AuditLog audit,
                       CenterTime time) {
        this.calendars = calendars;
        this.entries = entries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CalendarView> list() {
        return calendars.findAll().stream().map(this::view)
                .sorted(Comparator.comparing((CalendarView c) -> !c.defaultCalendar()).thenComparing(CalendarView::name))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarView get(long id) {
        return view(load(id));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarView create(NewCalendar calendar) {
        requireUniqueName(calendar.name(), null);
        requireValidHours(calendar.hours());
        var created = calendars.save(WorkCalendar.open(calendar.name(), calendar.description(), calendar.hours(),
                time.now()));
        var view = view(created);
        audit.record("calendar", created.id, "create", "created calendar " + view.name(), null, view);
        return view;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarView update(long id, CalendarChange change) {
        var calendar = load(id);
        if (calendar.version() != change.version()) {
            throw ConflictException.staleVersion("calendar", id, change.version(), calendar.version());
        }
        requireUniqueName(change.name(), id);
        requireValidHours(change.hours());
        if (change.hours().getOrDefault(DayOfWeek.MONDAY, List.of()).isEmpty() && entries.anyWorkdayWithoutHours(id)) {
            throw InvalidInputException.of("hours.MONDAY", "NeededByMakeUpDays",
                    "make-up working days without hours of their own work Monday's hours; give them hours first");
        }
        var before = view(calendar);
        calendar.change(change.name(), change.description(), change.hours(), time.now());
        calendars.save(calendar);
        entries.touch(id);
        var after = view(load(id));
        audit.record("calendar", id, "update", "changed calendar " + after.name(), before, after);
        return after;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarView makeDefault(long id) {
        var calendar = load(id);
        if (!calendar.defaultCalendar) {
            jdbc.sql("update organization.calendar set is_default = false where is_default").update();
            jdbc.sql("update organization.calendar set is_default = true where id = ?").param(id).update();
            audit.record("calendar", id, "make-default", "made " + calendar.name + " the default calendar", null, null);
        }
        return view(load(id));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        var calendar = load(id);
        if (calendar.defaultCalendar) {
            throw new ConflictException("default-calendar", "calendar " + calendar.name
                    + " is the default; make another calendar the default first", Map.of("id", id));
        }
        var before = view(calendar);
        calendars.deleteById(id);
        cache.remove(id);
        audit.record("calendar", id, "delete", "deleted calendar " + calendar.name, before, null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntryView> entries(long calendarId, Integer year) {
        load(calendarId);
        return entries.of(calendarId, year);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarEntryView addEntry(long calendarId, CalendarEntry entry) {
        var calendar = load(calendarId);
        var problem = CalendarRules.entryProblem(entry.type(), entry.hours(), mondayHasHours(calendar));
        if (problem != null) {
            throw InvalidInputException.of("hours", problem.rule(), problem.message());
        }
        if (entries.on(calendarId, entry.date()).isPresent()) {
            throw ConflictException.duplicate("calendar entry", "date", entry.date());
        }
        long id = entries.add(calendarId, entry, time.now());
        entries.touch(calendarId);
        var added = entries.find(calendarId, id).orElseThrow();
        audit.record("calendar", calendarId, "add-entry", "added " + entry.date() + " " + entry.type() + " "
                + entry.name() + " to calendar " + calendar.name, null, added);
        return added;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void removeEntry(long calendarId, long entryId) {
        var calendar = load(calendarId);
        var entry = entries.find(calendarId, entryId)
                .orElseThrow(() -> new NotFoundException("calendar entry", entryId));
        entries.remove(calendarId, entryId);
        entries.touch(calendarId);
        audit.record("calendar", calendarId, "remove-entry", "removed " + entry.date() + " " + entry.name()
                + " from calendar " + calendar.name, entry, null);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarImportResult importCsv(long calendarId, String csv) {
        var calendar = load(calendarId);
        var parsed = CalendarCsv.parse(csv, mondayHasHours(calendar));
        int added = 0;
        int replaced = 0;
        var now = time.now();
        for (var entry : parsed) {
            if (entries.put(calendarId, entry, now)) {
                replaced++;
            } else {
                added++;
            }
        }
        entries.touch(calendarId);
        int holidays = (int) parsed.stream().filter(e -> e.type() == CalendarEntryType.HOLIDAY).count();
        var result = new CalendarImportResult(added, replaced, holidays, parsed.size() - holidays);
        audit.record("calendar", calendarId, "import", "imported " + parsed.size() + " entries into calendar "
                + calendar.name, null, result);
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public BusinessCalendar defaultCalendar() {
        long id = jdbc.sql("select id from organization.calendar where is_default")
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("the center has no default calendar"));
        return calendar(id);
    }

    /**
     * Cached per revision: one small query tells whether the cached copy is current on any node. A transaction that
     * changed the calendar itself does not fill the cache, so a copy never holds changes that were later rolled back;
     * any other may (work orders compute deadlines inside their own read-write transactions).
     */
    @Override
    @Transactional(readOnly = true)
    public BusinessCalendar calendar(long id) {
        long revision = entries.revision(id);
        if (revision < 0) {
            throw new NotFoundException("calendar", id);
        }
        var cached = cache.get(id);
        if (cached != null && cached.revision() == revision) {
            return cached.calendar();
        }
        var calendar = load(id);
        var builder = BusinessCalendar.builder(time.zone());
        calendar.weeklyHours().forEach(builder::hours);
        entries.of(id, null).forEach(e -> builder.entry(new CalendarEntry(e.date(), e.type(), e.name(), e.hours())));
        var built = builder.build();
        if (!entries.changedInThisTransaction(id)) {
            cache.put(id, new Cached(revision, built));
        }
        return built;
    }

    private boolean mondayHasHours(WorkCalendar calendar) {
        return !calendar.weeklyHours().getOrDefault(DayOfWeek.MONDAY, List.of()).isEmpty();
    }

    private void requireValidHours(Map<DayOfWeek, List<WorkingPeriod>> hours) {
        var problems = CalendarRules.weeklyProblems(hours);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireUniqueName(String name, Long self) {
        calendars.findByName(name.strip()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ConflictException.duplicate("calendar", "name", name.strip());
        });
    }

    private CalendarView view(WorkCalendar calendar) {
        return new CalendarView(calendar.id, calendar.name, calendar.description, calendar.defaultCalendar,
                calendar.weeklyHours(), entries.count(calendar.id), calendar.createdAt, calendar.updatedAt,
                calendar.version());
    }

    private WorkCalendar load(long id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("calendar", id));
    }
}
