package hotline.organization.internal;

import hotline.organization.CalendarEntryType;
import hotline.organization.WorkingPeriod;
import hotline.platform.InvalidInputException.Violation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a calendar's hours and entries obey, shared by the console, the API and the CSV import. */
final class CalendarRules {

    record Problem(String rule, String message) {
    }

    private CalendarRules() {
    }

    /** What is wrong with an entry of this type and hours, or null. */
    static Problem entryProblem(CalendarEntryType type, List<WorkingPeriod> hours, boolean mondayHasHours) {
        if (type == CalendarEntryType.HOLIDAY && !hours.isEmpty()) {
            return new Problem("HolidayHours", "a holiday has no working hours");
        }
        if (type == CalendarEntryType.WORKDAY && hours.isEmpty() && !mondayHasHours) {
            return new Problem("Hours", "give the hours of this working day: Monday has none to lend it");
        }
        String overlap = overlap(hours);
        return overlap == null ? null : new Problem("Overlap", overlap);
    }

    static List<Violation> weeklyProblems(Map<DayOfWeek, List<WorkingPeriod>> weekly) {
        var problems = new ArrayList<Violation>();
        weekly.forEach((day, periods) -> {
            String overlap = overlap(periods);
            if (overlap != null) {
                problems.add(new Violation("hours." + day, "Overlap", overlap));
            }
        });
        return problems;
    }

    static String overlap(List<WorkingPeriod> periods) {
        var sorted = periods.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                return "periods " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap";
            }
        }
        return null;
    }
}
