package hotline.quality.inspection;

import hotline.quality.InspectionHit;
import hotline.telephony.Transcript;
import hotline.telephony.Transcript.Segment;
import hotline.telephony.Transcript.Speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Automatic inspection of one recorded contact, in memory: the rules over its transcript, its audio activity and its
 * hold time. No I/O and no shared state, so the listener and the benchmark run exactly this code, on any thread.
 */
final class InspectionEngine {

    /** What is known about the contact; any part may be missing (null). */
    record Call(Transcript transcript, AudioActivity audio, Double holdSeconds) {
    }

    /** The enabled rules with their phrases compiled (segmented) once. */
    static final class Rules {
        private final List<InspectionRule> rules;
        private final List<PhraseMatcher> matchers;

        Rules(List<InspectionRule> rules) {
            this.rules = rules.stream().filter(InspectionRule::enabled).toList();
            this.matchers = this.rules.stream().map(r -> PhraseMatcher.of(r.phrases())).toList();
        }

        List<InspectionRule> rules() {
            return rules;
        }
    }

    private InspectionEngine() {
    }

    static List<InspectionHit> inspect(Call call, Rules rules) {
        var segments = call.transcript() == null ? List.<Segment>of() : call.transcript().segments();
        var words = new Words(segments);
        var hits = new ArrayList<InspectionHit>();
        for (int i = 0; i < rules.rules.size(); i++) {
            var rule = rules.rules.get(i);
            var matcher = rules.matchers.get(i);
            if (call.transcript() == null && readsWords(rule)) {
                continue;                  // without a transcript nobody knows what was said: no word is missing
            }
            switch (rule.kind()) {
                case FORBIDDEN_WORDS -> forbidden(rule, matcher, segments, words, hits);
                case REQUIRED_PHRASE -> required(rule, matcher, segments, words, hits);
                case SILENCE -> silence(rule, call, segments, hits);
                case TALK_OVER -> talkOver(rule, call, segments, hits);
                case LONG_HOLD -> hold(rule, call, hits);
                case SPEECH_RATE -> rate(rule, segments, hits);
            }
        }
        hits.sort(Comparator.comparing((InspectionHit h) -> h.startMillis() == null ? -1 : h.startMillis())
                .thenComparing(InspectionHit::ruleCode));
        return hits;
    }

    /**
     * The segments' words, segmented when a rule first reads them: segmentation is most of inspection's cost, and
     * the default rules read the agent's speech only.
     */
    private static final class Words {
        private final List<Segment> segments;
        private final Segmenter.Words[] words;

        Words(List<Segment> segments) {
            this.segments = segments;
            this.words = new Segmenter.Words[segments.size()];
        }

        Segmenter.Words of(int i) {
            if (words[i] == null) {
                words[i] = Segmenter.words(segments.get(i).text());
            }
            return words[i];
        }
    }

    private static boolean readsWords(InspectionRule rule) {
        return rule.kind() == InspectionRule.Kind.FORBIDDEN_WORDS || rule.kind() == InspectionRule.Kind.REQUIRED_PHRASE
                || rule.kind() == InspectionRule.Kind.SPEECH_RATE;
    }

    private static Speaker speaker(InspectionRule rule) {
        return "CALLER".equalsIgnoreCase(rule.speaker()) ? Speaker.CALLER : Speaker.AGENT;
    }

    private static void forbidden(InspectionRule rule, PhraseMatcher matcher, List<Segment> segments,
                                  Words words, List<InspectionHit> hits) {
        var who = speaker(rule);
        for (int i = 0; i < segments.size(); i++) {
            var segment = segments.get(i);
            if (segment.speaker() != who) {
                continue;
            }
            var found = matcher.findAll(words.of(i));
            if (!found.isEmpty()) {
                var labels = found.stream().map(PhraseMatcher.Phrase::label).toList();
                hits.add(hit(rule, segment.startMillis(), segment.endMillis(),
                        "「" + String.join("、", labels) + "」 " + excerpt(segment.text())));
            }
        }
    }

    private static void required(InspectionRule rule, PhraseMatcher matcher, List<Segment> segments,
                                 Words words, List<InspectionHit> hits) {
        var who = speaker(rule);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (var segment : segments) {
            if (segment.speaker() == who) {
                first = Math.min(first, segment.startMillis());
                last = Math.max(last, segment.endMillis());
            }
        }
        long window = rule.windowSeconds() * 1000L;
        long from = first;
        long to = last;
        if (first != Long.MAX_VALUE) {
            if (rule.phase() == InspectionRule.Phase.GREETING && window > 0) {
                to = Math.min(last, first + window);
            } else if (rule.phase() == InspectionRule.Phase.CLOSING && window > 0) {
                from = Math.max(first, last - window);
            }
            for (int i = 0; i < segments.size(); i++) {
                var segment = segments.get(i);
                if (segment.speaker() == who && segment.endMillis() > from && segment.startMillis() <= to
                        && matcher.find(words.of(i)).isPresent()) {
                    return;
                }
            }
        }
        var expected = matcher.phrases().stream().map(PhraseMatcher.Phrase::label).toList();
        hits.add(hit(rule, first == Long.MAX_VALUE ? null : from, first == Long.MAX_VALUE ? null : to,
                "≠ " + excerpt(String.join(" / ", expected))));
    }

    private static void silence(InspectionRule rule, Call call, List<Segment> segments, List<InspectionHit> hits) {
        long minimum = Math.round(rule.threshold() * 1000);
        var fromText = Intervals.silences(spans(segments, null), minimum);
        var fromAudio = call.audio() == null ? List.<Intervals.Span>of() : call.audio().silences(minimum);
        for (var span : Intervals.merge(fromText, fromAudio)) {
            hits.add(hit(rule, span.start(), span.end(), seconds(span.length()) + sources(span, fromText, fromAudio)));
        }
    }

    private static void talkOver(InspectionRule rule, Call call, List<Segment> segments, List<InspectionHit> hits) {
        long minimum = Math.round(rule.threshold() * 1000);
        var fromText = Intervals.overlaps(spans(segments, Speaker.CALLER), spans(segments, Speaker.AGENT), minimum);
        var fromAudio = call.audio() == null ? List.<Intervals.Span>of() : call.audio().overlaps(minimum);
        for (var span : Intervals.merge(fromText, fromAudio)) {
            hits.add(hit(rule, span.start(), span.end(), seconds(span.length()) + sources(span, fromText, fromAudio)));
        }
    }

    private static void hold(InspectionRule rule, Call call, List<InspectionHit> hits) {
        if (call.holdSeconds() != null && call.holdSeconds() > rule.threshold()) {
            hits.add(hit(rule, null, null, String.format(Locale.ROOT, "%.0f s", call.holdSeconds())));
        }
    }

    private static void rate(InspectionRule rule, List<Segment> segments, List<InspectionHit> hits) {
        long millis = 0;
        long characters = 0;
        long first = -1;
        long last = -1;
        for (var segment : segments) {
            if (segment.speaker() != Speaker.AGENT) {
                continue;
            }
            millis += segment.endMillis() - segment.startMillis();
            characters += segment.text().codePoints().filter(Character::isLetterOrDigit).count();
            first = first < 0 ? segment.startMillis() : first;
            last = Math.max(last, segment.endMillis());
        }
        if (millis < 10_000) {
            return;                       // too little speech to judge its pace
        }
        double perMinute = characters * 60_000.0 / millis;
        if (perMinute > rule.threshold()) {
            hits.add(hit(rule, first, last, String.format(Locale.ROOT, "%.0f /min", perMinute)));
        }
    }

    private static List<Intervals.Span> spans(List<Segment> segments, Speaker who) {
        var spans = new ArrayList<Intervals.Span>(segments.size());
        for (var segment : segments) {
            if ((who == null || segment.speaker() == who) && segment.endMillis() > segment.startMillis()) {
                spans.add(new Intervals.Span(segment.startMillis(), segment.endMillis()));
            }
        }
        return spans;
    }

    private static String sources(Intervals.Span span, List<Intervals.Span> text, List<Intervals.Span> audio) {
        boolean inText = text.stream().anyMatch(s -> s.start() < span.end() && s.end() > span.start());
        boolean inAudio = audio.stream().anyMatch(s -> s.start() < span.end() && s.end() > span.start());
        return inText && inAudio ? " (transcript, audio)" : inAudio ? " (audio)" : " (transcript)";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static InspectionHit hit(InspectionRule rule, Long start, Long end, String excerpt) {
        return new InspectionHit(rule.code(), rule.nameZh(), rule.itemCode(), rule.violation(), start, end, excerpt);
    }
}
