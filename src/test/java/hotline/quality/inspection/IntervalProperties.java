package hotline.quality.inspection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The silence and talk-over calculators against brute force over every millisecond. */
class IntervalProperties {

    @Provide
    Arbitrary<List<Intervals.Span>> spans() {
        return Arbitraries.integers().between(0, 2_000).flatMap(start -> Arbitraries.integers().between(0, 400)
                        .map(length -> new Intervals.Span(start, start + length)))
                .list().ofMaxSize(12);
    }

    @Property
    void silencesAreExactlyTheLongGapsBetweenFirstAndLastSpeech(@ForAll("spans") List<Intervals.Span> speech,
                                                               @ForAll @IntRange(min = 1, max = 300) int minimum) {
        var silences = Intervals.silences(speech, minimum);
        boolean[] spoken = cover(speech);
        int first = firstTrue(spoken);
        int last = lastTrue(spoken);
        var expected = new ArrayList<Intervals.Span>();
        if (first >= 0) {
            int gapStart = -1;
            for (int t = first; t <= last; t++) {
                if (!spoken[t] && gapStart < 0) {
                    gapStart = t;
                } else if (spoken[t] && gapStart >= 0) {
                    if (t - gapStart >= minimum) {
                        expected.add(new Intervals.Span(gapStart, t));
                    }
                    gapStart = -1;
                }
            }
        }
        assertThat(silences).isEqualTo(expected);
    }

    @Property
    void overlapsAreExactlyWhereBothSpeakLongEnough(@ForAll("spans") List<Intervals.Span> a,
                                                    @ForAll("spans") List<Intervals.Span> b,
                                                    @ForAll @IntRange(min = 1, max = 200) int minimum) {
        boolean[] left = cover(a);
        boolean[] right = cover(b);
        var expected = new ArrayList<Intervals.Span>();
        int start = -1;
        for (int t = 0; t <= left.length; t++) {
            boolean both = t < left.length && left[t] && right[t];
            if (both && start < 0) {
                start = t;
            } else if (!both && start >= 0) {
                if (t - start >= minimum) {
                    expected.add(new Intervals.Span(start, t));
                }
                start = -1;
            }
        }
        assertThat(Intervals.overlaps(a, b, minimum)).isEqualTo(expected);
        assertThat(Intervals.overlaps(b, a, minimum)).isEqualTo(expected);
    }

    @Property
    void theUnionCoversTheSameTimeWithoutOverlapsInOrder(@ForAll("spans") List<Intervals.Span> spans) {
        var union = Intervals.union(spans, 0);
        for (int i = 1; i < union.size(); i++) {
            assertThat(union.get(i).start()).isGreaterThan(union.get(i - 1).end());
        }
        var covered = cover(union);
        var original = cover(spans);
        assertThat(covered).isEqualTo(original);
    }

    private static boolean[] cover(List<Intervals.Span> spans) {
        boolean[] time = new boolean[2_500];
        for (var span : spans) {
            for (long t = span.start(); t < span.end(); t++) {
                time[(int) t] = true;
            }
        }
        return time;
    }

    private static int firstTrue(boolean[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTrue(boolean[] values) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i]) {
                return i;
            }
        }
        return -1;
    }
}
