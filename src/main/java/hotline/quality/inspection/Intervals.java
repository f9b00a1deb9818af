package hotline.quality.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time arithmetic on speech, in milliseconds, shared by the transcript and the audio analysis: who speaks when
 * (intervals), when nobody speaks (silences) and when both speak at once (talk-over).
 */
final class Intervals {

    /** A span of time {@code [start, end)} in milliseconds from the recording's start. */
    record Span(long start, long end) {
        Span {
            if (end < start) {
                throw new IllegalArgumentException("a span ends before it starts: " + start + ".." + end);
            }
        }

        long length() {
            return end - start;
        }
    }

    private Intervals() {
    }

    /**
     * The union of spans, sorted, with spans that touch or overlap (or are at most {@code bridge} apart) merged;
     * empty spans are no time at all and left out.
     */
    static List<Span> union(List<Span> spans, long bridge) {
        var sorted = new ArrayList<Span>(spans.size());
        for (var span : spans) {
            if (span.length() > 0) {
                sorted.add(span);
            }
        }
        sorted.sort(Comparator.comparingLong(Span::start));
        var merged = new ArrayList<Span>();
        for (var span : sorted) {
            if (!merged.isEmpty() && span.start() <= merged.get(merged.size() - 1).end() + bridge) {
                var last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * The gaps of at least {@code minimum} ms between speech, from the first speech to the last (the ringing before
     * and the hang-up after are not silence in a conversation).
     */
    static List<Span> silences(List<Span> speech, long minimum) {
        var spoken = union(speech, 0);
        var gaps = new ArrayList<Span>();
        for (int i = 1; i < spoken.size(); i++) {
            var gap = new Span(spoken.get(i - 1).end(), spoken.get(i).start());
            if (gap.length() >= minimum) {
                gaps.add(gap);
            }
        }
        return gaps;
    }

    /** Where both sides speak at once, for at least {@code minimum} ms. */
    static List<Span> overlaps(List<Span> a, List<Span> b, long minimum) {
        var left = union(a, 0);
        var right = union(b, 0);
        var result = new ArrayList<Span>();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            long start = Math.max(left.get(i).start(), right.get(j).start());
            long end = Math.min(left.get(i).end(), right.get(j).end());
            if (end - start >= minimum && end > start) {
                result.add(new Span(start, end));
            }
            if (left.get(i).end() < right.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return result;
    }

    /** Spans from two sources that describe the same event (they overlap) become one, covering both. */
    static List<Span> merge(List<Span> a, List<Span> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return union(all, 0);
    }
}
