package hotline.workforce.internal.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an hour-by-shift coverage matrix such as the bank's shifts.csv (header {@code Hour,StartTime,Shift1…};
 * a 1 where the shift is on duty in that hour; CR-only line endings accepted) into shift patterns.
 */
public final class ShiftPatternCsv {

    public record Pattern(String name, int startHour, int lengthHours) {
    }

    private ShiftPatternCsv() {
    }

    public static List<Pattern> parse(String text) {
        var lines = Lines.of(text);
        String[] header = lines.get(0).split(",");
        var patterns = new ArrayList<Pattern>();
        for (int c = 2; c < header.length; c++) {
            int first = -1;
            int count = 0;
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                if (cells[c].strip().equals("1")) {
                    if (first < 0) {
                        first = Integer.parseInt(cells[0].strip()) - 1;   // Hour 1 is 00:00–01:00
                    }
                    count++;
                }
            }
            if (first >= 0) {
                patterns.add(new Pattern(header[c].strip(), first, count));
            }
        }
        return patterns;
    }
}
