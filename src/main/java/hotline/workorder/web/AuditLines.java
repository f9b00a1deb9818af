package hotline.workorder.web;

import hotline.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order's audit trail as people read it: who did what, and which of the tracked facts (status, department,
 * deadline, warning level, escalation, supervision) changed from what to what — not the JSON snapshots it is stored as.
 */
final class AuditLines {

    /** A changed fact; {@code kind} says how the page shows the values (a status, an instant, a department, text). */
    record Change(String field, String kind, String from, String to) {
    }

    /** {@code action}: the loop's action name (SIGN_OFF) for the bundle's label, or the raw path when unknown. */
    record Line(Instant at, String actor, String action, List<Change> changes) {
    }

    private static final List<String> FIELDS = List.of("status", "departmentId", "dueAt", "warningLevel",
            "escalatedTo", "supervised");

    private AuditLines() {
    }

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static List<Line> of(List<AuditEntry> entries, JsonMapper json, Map<Long, String> departments,
                         java.time.ZoneId zone) {
        var lines = new ArrayList<Line>(entries.size());
        for (var entry : entries) {
            var before = parse(json, entry.before());
            var after = parse(json, entry.after());
            var changes = new ArrayList<Change>();
            for (var field : FIELDS) {
                String from = text(before, field);
                String to = text(after, field);
                if (after != null && !Objects.equals(from, to)) {
                    String kind = switch (field) {
                        case "status" -> "status";
                        case "dueAt" -> "instant";
                        case "supervised" -> "flag";
                        default -> "text";
                    };
                    if (kind.equals("instant")) {
                        from = from == null ? null : MINUTES.format(Instant.parse(from).atZone(zone));
                        to = to == null ? null : MINUTES.format(Instant.parse(to).atZone(zone));
                    }
                    if (field.equals("departmentId")) {
                        from = from == null ? null : departments.getOrDefault(Long.valueOf(from), from);
                        to = to == null ? null : departments.getOrDefault(Long.valueOf(to), to);
                    }
                    changes.add(new Change(field, kind, from, to));
                }
            }
            lines.add(new Line(entry.at(), entry.actorName(),
                    java.util.Arrays.stream(hotline.workorder.Action.values())
                            .filter(a -> a.path().equals(entry.action())).findFirst().map(Enum::name)
                            .orElse(String.valueOf(entry.action())),
                    changes));
        }
        return lines;
    }

    private static JsonNode parse(JsonMapper json, String text) {
        return text == null || text.isBlank() ? null : json.readTree(text);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        return node.get(field).asString();
    }
}
