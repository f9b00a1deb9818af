package hotline.workforce.internal.history;

import java.util.ArrayList;
import java.util.List;

/** Splits text on CRLF, LF and lone CR (old Mac files such as the bank's shifts.csv), dropping empty lines. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        var lines = new ArrayList<String>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
