package hotline.telephony.recording;

import hotline.platform.InvalidInputException;
import hotline.platform.InvalidInputException.Violation;
import hotline.telephony.Transcript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Transcripts as JSON: {@code {"source":"…","segments":[{"startMillis":0,"endMillis":2300,"speaker":"AGENT",
 * "text":"您好"}]}} — the import format and the stored form. Bad input is refused naming each field that is wrong.
 */
final class TranscriptCodec {

    static final int MAX_SEGMENTS = 20_000;
    static final int MAX_TEXT = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TranscriptCodec() {
    }

    static Transcript.Source parse(String json, String field) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw InvalidInputException.of(field, "Readable", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of(field, "Readable", "must be a JSON object with segments");
        }
        var source = root.path("source").isString() ? root.get("source").asString().strip() : "import";
        var segments = root.get("segments");
        if (segments == null || !segments.isArray() || segments.isEmpty()) {
            throw InvalidInputException.of(field + ".segments", "NotEmpty", "needs at least one segment");
        }
        if (segments.size() > MAX_SEGMENTS) {
            throw InvalidInputException.of(field + ".segments", "Size", "has at most " + MAX_SEGMENTS + " segments");
        }
        var violations = new ArrayList<Violation>();
        var result = new ArrayList<Transcript.Segment>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            var s = segments.get(i);
            var at = field + ".segments[" + i + "].";
            long start = millis(s.get("startMillis"), at + "startMillis", violations);
            long end = millis(s.get("endMillis"), at + "endMillis", violations);
            if (start >= 0 && end >= 0 && end < start) {
                violations.add(new Violation(at + "endMillis", "Order", "must not be before startMillis"));
            }
            Transcript.Speaker speaker = null;
            var who = s.get("speaker");
            try {
                speaker = Transcript.Speaker.valueOf(who == null ? "" : who.asString().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at + "speaker", "Speaker", "must be CALLER or AGENT"));
            }
            var text = s.get("text") == null ? "" : s.get("text").asString().strip();
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                violations.add(new Violation(at + "text", "Size", "needs 1 to " + MAX_TEXT + " characters"));
            }
            if (violations.size() > 20) {
                break;
            }
            if (speaker != null && start >= 0 && end >= start) {
                result.add(new Transcript.Segment(start, end, speaker, text));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        result.sort(java.util.Comparator.comparingLong(Transcript.Segment::startMillis));
        return new Transcript.Source(source.isEmpty() ? "import" : source, result);
    }

    private static long millis(JsonNode node, String field, List<Violation> violations) {
        if (node == null || !node.isNumber() || node.asDouble() < 0 || node.asDouble() > 86_400_000d) {
            violations.add(new Violation(field, "Millis", "must be a number of milliseconds from 0 to 86400000"));
            return -1;
        }
        return Math.round(node.asDouble());
    }

    static String write(List<Transcript.Segment> segments) {
        ArrayNode array = JSON.createArrayNode();
        for (var s : segments) {
            ObjectNode node = array.addObject();
            node.put("startMillis", s.startMillis());
            node.put("endMillis", s.endMillis());
            node.put("speaker", s.speaker().name());
            node.put("text", s.text());
        }
        return JSON.writeValueAsString(array);
    }

    static List<Transcript.Segment> read(String stored) {
        var result = new ArrayList<Transcript.Segment>();
        for (JsonNode s : JSON.readTree(stored)) {
            result.add(new Transcript.Segment(s.get("startMillis").asLong(), s.get("endMillis").asLong(),
                    Transcript.Speaker.valueOf(s.get("speaker").asString()), s.get("text").asString()));
        }
        return result;
    }
}
