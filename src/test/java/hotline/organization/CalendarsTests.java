package hotline.organization;

import hotline.HotlineWebTest;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static hotline.organization.Calendar2026.at;
import static hotline.organization.OrganizationFixtures.actor;
import static hotline.organization.OrganizationFixtures.as;
import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@HotlineWebTest
class CalendarsTests {

    static final Map<DayOfWeek, List<WorkingPeriod>> OFFICE = Map.of(
            DayOfWeek.MONDAY, List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30")),
            DayOfWeek.TUESDAY, List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30")),
            DayOfWeek.WEDNESDAY, List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30")),
            DayOfWeek.THURSDAY, List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30")),
            DayOfWeek.FRIDAY, List.of(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30")));

    @Autowired
    Calendars calendars;

    CalendarView calendar() {
        return asAdmin(() -> calendars.create(new NewCalendar(unique("日历"), null, OFFICE)));
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aRolledBackHolidayNeverReachesTheCacheWhileACommittedOneDoes() {
        var calendar = calendar();
        var day = LocalDate.of(2026, 12, 15);
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(day)).isTrue();
        transactions.executeWithoutResult(tx -> {
            asAdmin(() -> calendars.addEntry(calendar.id(), new CalendarEntry(day, CalendarEntryType.HOLIDAY, "撤销", null)));
            assertThat(calendars.calendar(calendar.id()).isWorkingDay(day)).isFalse();
            tx.setRollbackOnly();
        });
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(day)).isTrue();

        // read inside someone else's read-write transaction, a committed change is seen and cached for everybody
        asAdmin(() -> calendars.addEntry(calendar.id(), new CalendarEntry(day, CalendarEntryType.HOLIDAY, "保留", null)));
        transactions.executeWithoutResult(tx ->
                assertThat(calendars.calendar(calendar.id()).isWorkingDay(day)).isFalse());
        assertThat(calendars.calendar(calendar.id())).isSameAs(calendars.calendar(calendar.id()));
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(day)).isFalse();
    }

    @Test
    void theCenterAlwaysHasADefaultCalendar() {
        var standard = calendars.defaultCalendar();
        assertThat(standard.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(standard.zone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void computesWithTheHolidaysAndMakeUpDaysEnteredOrImported() {
        var calendar = calendar();
        asAdmin(() -> calendars.importCsv(calendar.id(), """
                date,type,name
                2026-10-01,HOLIDAY,国庆节
                2026-10-02,HOLIDAY,国庆节
                2026-10-05,HOLIDAY,国庆节
                2026-10-06,HOLIDAY,国庆节
                2026-10-07,HOLIDAY,国庆节
                """));
        asAdmin(() -> calendars.addEntry(calendar.id(), CalendarEntry.workday(LocalDate.of(2026, 10, 10), "国庆节调休")));
        var business = calendars.calendar(calendar.id());
        assertThat(business.addWorkingDays(at("2026-09-29T10:00"), 2)).isEqualTo(at("2026-10-08T17:30"));
        assertThat(business.isWorkingTime(at("2026-10-10T09:00"))).isTrue();
        assertThat(business.addWorkingHours(at("2026-09-30T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-08T09:00"));
    }

    @Test
    void aCachedCalendarSeesLaterChanges() {
        var calendar = calendar();
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(LocalDate.of(2026, 6, 19))).isTrue();
        var entry = asAdmin(() -> calendars.addEntry(calendar.id(), CalendarEntry.holiday(LocalDate.of(2026, 6, 19), "端午节")));
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
        asAdmin(() -> calendars.removeEntry(calendar.id(), entry.id()));
        assertThat(calendars.calendar(calendar.id()).isWorkingDay(LocalDate.of(2026, 6, 19))).isTrue();
    }

    @Test
    void importReplacesEntriesOnTheSameDatesAndCountsThem() {
        var calendar = calendar();
        var first = asAdmin(() -> calendars.importCsv(calendar.id(), "2026-12-31,HOLIDAY,元旦前夕\n2027-01-01,HOLIDAY,元旦\n"));
        assertThat(first).isEqualTo(new CalendarImportResult(2, 0, 2, 0));
        var second = asAdmin(() -> calendars.importCsv(calendar.id(), "2026-12-31,WORKDAY,跨年保障,08:30-12:00\n"));
        assertThat(second).isEqualTo(new CalendarImportResult(0, 1, 0, 1));
        assertThat(as(actor(Role.AGENT), () -> calendars.entries(calendar.id(), 2026))).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CalendarEntryType.WORKDAY);
            assertThat(e.hours()).containsExactly(WorkingPeriod.parse("08:30-12:00"));
        });
    }

    @Test
    void aFileWithAnyBadLineImportsNothing() {
        var calendar = calendar();
        var error = catchThrowableOfType(InvalidInputException.class, () -> asAdmin(() -> calendars.importCsv(calendar.id(),
                "2026-10-01,HOLIDAY,国庆节\n2026-10-02,HOLIDAY\n")));
        assertThat(error.violations()).extracting(InvalidInputException.Violation::field).containsExactly("line 2");
        assertThat(calendars.get(calendar.id()).entryCount()).isZero();
    }

    @Test
    void refusesASecondEntryOnADateAndHoursOnAHoliday() {
        var calendar = calendar();
        var date = LocalDate.of(2026, 4, 4);
        asAdmin(() -> calendars.addEntry(calendar.id(), CalendarEntry.holiday(date, "清明节")));
        assertThatThrownBy(() -> asAdmin(() -> calendars.addEntry(calendar.id(), CalendarEntry.holiday(date, "清明节"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> asAdmin(() -> calendars.addEntry(calendar.id(), new CalendarEntry(date.plusDays(1),
                CalendarEntryType.HOLIDAY, "清明节", List.of(WorkingPeriod.parse("08:00-09:00"))))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesOverlappingHoursAndAStaleVersion() {
        var calendar = calendar();
        var overlapping = Map.of(DayOfWeek.MONDAY, List.of(WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("11:00-14:00")));
        var error = catchThrowableOfType(InvalidInputException.class, () -> asAdmin(() -> calendars.update(calendar.id(),
                new CalendarChange(calendar.name(), null, overlapping, calendar.version()))));
        assertThat(error.violations()).extracting(InvalidInputException.Violation::field).containsExactly("hours.MONDAY");

        var saturday = new java.util.HashMap<>(OFFICE);
        saturday.put(DayOfWeek.SATURDAY, List.of(WorkingPeriod.parse("09:00-12:00")));
        var updated = asAdmin(() -> calendars.update(calendar.id(), new CalendarChange(calendar.name(), "周六上午", saturday,
                calendar.version())));
        assertThat(updated.hoursOn(DayOfWeek.SATURDAY)).containsExactly(WorkingPeriod.parse("09:00-12:00"));
        assertThat(calendars.calendar(calendar.id()).isWorkingTime(at("2026-03-07T10:00"))).isTrue();
        assertThatThrownBy(() -> asAdmin(() -> calendars.update(calendar.id(), new CalendarChange(calendar.name(), null,
                OFFICE, calendar.version())))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theDefaultMovesAndCannotBeDeleted() {
        var previous = asAdmin(() -> calendars.list()).stream().filter(CalendarView::defaultCalendar).findFirst();
        var calendar = calendar();
        try {
            asAdmin(() -> calendars.makeDefault(calendar.id()));
            assertThat(calendars.get(calendar.id()).defaultCalendar()).isTrue();
            assertThat(asAdmin(() -> calendars.list())).filteredOn(CalendarView::defaultCalendar).hasSize(1);
            assertThatThrownBy(() -> asAdmin(() -> { calendars.delete(calendar.id()); return null; }))
                    .isInstanceOf(ConflictException.class);
        } finally {
            previous.ifPresent(p -> asAdmin(() -> calendars.makeDefault(p.id())));
        }
        asAdmin(() -> { calendars.delete(calendar.id()); return null; });
        assertThat(asAdmin(() -> calendars.list())).extracting(CalendarView::id).doesNotContain(calendar.id());
    }

    @Test
    void onlyAdministratorsChangeCalendars() {
        var calendar = calendar();
        assertThatThrownBy(() -> as(actor(Role.SUPERVISOR), () -> calendars.addEntry(calendar.id(),
                CalendarEntry.holiday(LocalDate.of(2026, 1, 1), "元旦")))).isInstanceOf(AccessDeniedException.class);
    }
}
