package hotline.organization.internal;

import hotline.organization.CalendarEntry;
import hotline.organization.CalendarEntryType;
import hotline.organization.WorkingPeriod;
import hotline.platform.InvalidInputException;
import hotline.platform.InvalidInputException.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads calendar entries from CSV: {@code date,type,name[,hours]} per line (see docs/organization.md). Every line is
 * checked; any error fails the whole file with one violation per bad line ({@code field} "line N"), so an import is
 * all or nothing.
 */
final class CalendarCsv {

    static final int MAX_LINES = 5_000;
    static final int MAX_ERRORS = 100;

    private static final Map<String, CalendarEntryType> TYPES = Map.of(
            "HOLIDAY", CalendarEntryType.HOLIDAY, "假日", CalendarEntryType.HOLIDAY,
            "节假日", CalendarEntryType.HOLIDAY, "休", CalendarEntryType.HOLIDAY,
            "WORKDAY", CalendarEntryType.WORKDAY, "调休", CalendarEntryType.WORKDAY,
            "上班", CalendarEntryType.WORKDAY, "班", CalendarEntryType.WORKDAY);

    private CalendarCsv() {
    }

    /**
     * @param mondayHasHours whether a working day without hours of its own can borrow Monday's
     */
    static List<CalendarEntry> parse(String text, boolean mondayHasHours) {
        var entries = new ArrayList<CalendarEntry>();
        var errors = new ArrayList<Violation>();
        var seen = new HashMap<LocalDate, Integer>();
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("file", "Empty", "the file has no lines");
        }
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            throw InvalidInputException.of("file", "Size", "the file has more than " + MAX_LINES + " lines");
        }
        boolean first = true;
        for (int i = 0; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (first && line.toLowerCase(Locale.ROOT).startsWith("date")) {
                first = false;
                continue;
            }
            first = false;
            int number = i + 1;
            try {
                var entry = entry(fields(line), mondayHasHours);
                Integer earlier = seen.putIfAbsent(entry.date(), number);
                if (earlier != null) {
                    throw new LineError("Duplicate", entry.date() + " is already on line " + earlier);
                }
                entries.add(entry);
            } catch (LineError e) {
                errors.add(new Violation("line " + number, e.rule, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (entries.isEmpty()) {
            throw InvalidInputException.of("file", "Empty", "the file has no entries");
        }
        return entries;
    }

    private static CalendarEntry entry(List<String> fields, boolean mondayHasHours) {
        if (fields.size() < 3 || fields.size() > 4) {
            throw new LineError("Columns", "expected date,type,name[,hours] but found " + fields.size() + " columns");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0).strip());
        } catch (DateTimeParseException e) {
            throw new LineError("Date", "'" + fields.get(0).strip() + "' is not a date like 2026-10-01");
        }
        var type = TYPES.get(fields.get(1).strip().toUpperCase(Locale.ROOT));
        if (type == null) {
            throw new LineError("Type", "'" + fields.get(1).strip() + "' is not HOLIDAY or WORKDAY");
        }
        String name = fields.get(2).strip();
        if (name.isEmpty()) {
            throw new LineError("Name", "the name is missing");
        }
        if (name.length() > 50) {
            throw new LineError("Name", "the name is longer than 50 characters");
        }
        List<WorkingPeriod> hours;
        try {
            hours = WorkingPeriod.parseList(fields.size() == 4 ? fields.get(3) : null);
        } catch (IllegalArgumentException e) {
            throw new LineError("Hours", e.getMessage());
        }
        var problem = CalendarRules.entryProblem(type, hours, mondayHasHours);
        if (problem != null) {
            throw new LineError(problem.rule(), problem.message());
        }
        return new CalendarEntry(date, type, name, hours);
    }

    /** Splits one line at commas; a field in double quotes may hold commas, and "" inside it is a quote. */
    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.toString().isBlank()) {
                current.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new LineError("Quote", "a quoted field is not closed");
        }
        fields.add(current.toString());
        return fields;
    }

    private static final class LineError extends RuntimeException {
        private final String rule;

        LineError(String rule, String message) {
            super(message, null, false, false);
            this.rule = rule;
        }
    }
}
