package hotline.workforce.internal.history;

import hotline.workforce.ContactInterval;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain interval counts from CSV or Excel, one row per queue and interval. Columns are found by header name:
 * {@code start} and {@code offered} (or {@code contacts}) are required; {@code queue}, {@code answered},
 * {@code abandoned}, {@code handle_seconds} (or {@code aht_seconds}), {@code abandoned_wait_seconds} and
 * {@code answered_wait_seconds} are optional.
 * A start without an offset is read in the center's zone.
 */
public final class IntervalCountImport {

    private IntervalCountImport() {
    }

    public static List<ContactInterval> csv(String text, String defaultQueue, int intervalMinutes, ZoneId zone) {
        var lines = Lines.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        var rows = new ArrayList<List<String>>();
        for (String line : lines) {
            var cells = new ArrayList<String>();
            for (String cell : line.split(line.contains("\t") ? "\t" : ",", -1)) {
                cells.add(cell.strip().replaceAll("^\"|\"$", ""));
            }
            rows.add(cells);
        }
        return parse(rows, defaultQueue, intervalMinutes, zone);
    }

    public static List<ContactInterval> xlsx(InputStream in, String defaultQueue, int intervalMinutes, ZoneId zone) {
        try (var workbook = new ReadableWorkbook(in)) {
            var rows = new ArrayList<List<String>>();
            var sheet = workbook.getFirstSheet();
            try (var stream = sheet.openStream()) {
                stream.forEach(row -> rows.add(cells(row)));
            }
            return parse(rows, defaultQueue, intervalMinutes, zone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Excel file", e);
        }
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        for (int c = 0; c < row.getCellCount(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getText().strip());
        }
        return cells;
    }

    static List<ContactInterval> parse(List<List<String>> rows, String defaultQueue, int intervalMinutes, ZoneId zone) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i).toLowerCase().replace(' ', '_'), i);
        }
        Integer start = col.get("start");
        Integer offered = col.containsKey("offered") ? col.get("offered") : col.get("contacts");
        if (start == null || offered == null) {
            throw new IllegalArgumentException("the header must name the columns start and offered (or contacts)");
        }
        var result = new ArrayList<ContactInterval>();
        for (int r = 1; r < rows.size(); r++) {
            var row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int n = (int) Math.round(number(row, offered, r));
            int answered = col.containsKey("answered") ? (int) Math.round(number(row, col.get("answered"), r)) : n;
            int abandoned = col.containsKey("abandoned") ? (int) Math.round(number(row, col.get("abandoned"), r)) : 0;
            double handle = col.containsKey("handle_seconds") ? number(row, col.get("handle_seconds"), r)
                    : col.containsKey("aht_seconds") ? number(row, col.get("aht_seconds"), r) * answered : 0;
            double wait = col.containsKey("abandoned_wait_seconds") ? number(row, col.get("abandoned_wait_seconds"), r) : 0;
            double answeredWait = col.containsKey("answered_wait_seconds") ? number(row, col.get("answered_wait_seconds"), r) : 0;
            String queue = col.containsKey("queue") && !cell(row, col.get("queue")).isBlank()
                    ? cell(row, col.get("queue")).toLowerCase() : defaultQueue;
            result.add(new ContactInterval(queue, instant(cell(row, start), zone, r), intervalMinutes, n, answered,
                    abandoned, handle, wait, answeredWait));
        }
        return result;
    }

    static Instant instant(String text, ZoneId zone, int row) {
        if (text.matches("\\d+(\\.\\d+)?")) {
            // an Excel date-time cell: days since 1899-12-30, the fraction is the time of day
            double serial = Double.parseDouble(text);
            long seconds = Math.round(serial * 86_400);
            return LocalDateTime.of(1899, 12, 30, 0, 0).plusSeconds(seconds).atZone(zone).toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("row " + (row + 1) + ": cannot read the start '" + text + "'");
            }
        }
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static double number(List<String> row, int index, int r) {
        String text = cell(row, index);
        if (text.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + (r + 1) + ": '" + text + "' is not a number");
        }
    }
}
