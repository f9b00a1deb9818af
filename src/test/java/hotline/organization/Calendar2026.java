package hotline.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;

/**
 * The fixed calendar of the tests: Monday to Friday 08:30-12:00 and 13:30-17:30 in Asia/Shanghai, with China's 2026
 * public holidays and make-up working days as the State Council published them (notice of 2025-11-04).
 */
final class Calendar2026 {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final BusinessCalendar CALENDAR = BusinessCalendar.builder(SHANGHAI)
            .weekdays(WorkingPeriod.parse("08:30-12:00"), WorkingPeriod.parse("13:30-17:30"))
            .holidays(date(1, 1), date(1, 3), "元旦").workday(date(1, 4), "元旦调休")
            .workday(date(2, 14), "春节调休").holidays(date(2, 15), date(2, 23), "春节").workday(date(2, 28), "春节调休")
            .holidays(date(4, 4), date(4, 6), "清明节")
            .holidays(date(5, 1), date(5, 5), "劳动节").workday(date(5, 9), "劳动节调休")
            .holidays(date(6, 19), date(6, 21), "端午节")
            .workday(date(9, 20), "国庆节调休").holidays(date(9, 25), date(9, 27), "中秋节")
            .holidays(date(10, 1), date(10, 7), "国庆节").workday(date(10, 10), "国庆节调休")
            .build();

    private Calendar2026() {
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** An instant given as the center's local time: {@code at("2026-10-08T08:30")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
