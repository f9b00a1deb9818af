package hotline.organization.internal;

import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.WorkingPeriod;
import hotline.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarCsvTests {

    @Test
    void readsHolidaysMakeUpDaysHoursCommentsAndAHeader() {
        var entries = CalendarCsv.parse("""
                \uFEFF# 2026
                date,type,name,hours
                2026-10-01,HOLIDAY,国庆节

                2026-10-10,workday,国庆节调休
                2026-12-31,WORKDAY,"跨年保障, 上午",08:30-12:00
                2026-05-09,调休,劳动节调休,08:30-12:00 13:30-17:30
                """, true);
        assertThat(entries).containsExactly(
                CalendarEntry.holiday(LocalDate.of(2026, 10, 1), "国庆节"),
                CalendarEntry.workday(LocalDate.of(2026, 10, 10), "国庆节调休"),
                CalendarEntry.workday(LocalDate.of(2026, 12, 31), "跨年保障, 上午", WorkingPeriod.parse("08:30-12:00")),
                CalendarEntry.workday(LocalDate.of(2026, 5, 9), "劳动节调休", WorkingPeriod.parse("08:30-12:00"),
                        WorkingPeriod.parse("13:30-17:30")));
    }

    @Test
    void readsTheBundledChineseHolidaysOf2026() throws IOException {
        String csv = new ClassPathResource(OrganizationDemoSeeder.HOLIDAYS_2026).getContentAsString(StandardCharsets.UTF_8);
        var entries = CalendarCsv.parse(csv, true);
        assertThat(entries).hasSize(39);
        assertThat(entries).filteredOn(e -> e.type() == CalendarEntryType.WORKDAY).extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        var error = catchThrowableOfType(InvalidInputException.class, () -> CalendarCsv.parse("""
                date,type,name
                2026-10-01,HOLIDAY,国庆节
                2026-13-01,HOLIDAY,no such month
                2026-10-02,VACATION,国庆节
                2026-10-03,HOLIDAY,
                2026-10-04,HOLIDAY,国庆节,08:00-12:00
                2026-10-10,WORKDAY,调休,12:00-08:00
                2026-10-01,HOLIDAY,again
                just one column
                2026-10-11,WORKDAY,"unclosed
                """, true));
        assertThat(error.violations()).extracting(InvalidInputException.Violation::field)
                .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10");
        assertThat(error.violations()).extracting(InvalidInputException.Violation::rule)
                .containsExactly("Date", "Type", "Name", "HolidayHours", "Hours", "Duplicate", "Columns", "Quote");
        assertThat(error.violations().get(5).message()).contains("line 2");
    }

    @Test
    void refusesMakeUpDaysWithoutHoursWhenMondayHasNone() {
        var error = catchThrowableOfType(InvalidInputException.class,
                () -> CalendarCsv.parse("2026-10-10,WORKDAY,调休\n", false));
        assertThat(error.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("line 1");
            assertThat(v.rule()).isEqualTo("Hours");
        });
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> CalendarCsv.parse("date,type,name\n# nothing\n", true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no entries");
        assertThatThrownBy(() -> CalendarCsv.parse("  ", true)).isInstanceOf(InvalidInputException.class);
    }
}
