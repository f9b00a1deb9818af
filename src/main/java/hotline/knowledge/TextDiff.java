package hotline.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two revisions' texts, line by line (a longest common subsequence), for the editor's
 * "compare versions" view. Chinese text often has no line breaks, so sentences (。！？；) count as lines too.
 */
public record TextDiff(List<Line> lines) {

    public enum Op { SAME, ADDED, REMOVED }

    public record Line(Op op, String text) {
    }

    public static TextDiff between(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var lines = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Op.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.add(new Line(Op.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Op.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(new Line(Op.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(new Line(Op.ADDED, b.get(j++)));
        }
        return new TextDiff(List.copyOf(lines));
    }

    public boolean changed() {
        return lines.stream().anyMatch(line -> line.op() != Op.SAME);
    }

    static List<String> split(String text) {
        var parts = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        var current = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                flush(current, parts);
                continue;
            }
            current.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                flush(current, parts);
            }
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        current.setLength(0);
    }
}
