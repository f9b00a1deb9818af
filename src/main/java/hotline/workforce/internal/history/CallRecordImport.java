package hotline.workforce.internal.history;

import hotline.workforce.ContactInterval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates per-call records in the layout of the "Anonymous Bank" data (tab-separated, one row per call) into
 * contact intervals. A call is offered to the agents when it leaves the voice menu for the queue or straight for an
 * agent; calls that hang up inside the voice menu never asked for an agent and are not counted. {@code PHANTOM} rows
 * and rows with a negative menu time are recording errors and are dropped. {@code 0:00:00} means "not applicable",
 * unless a queue time says the call did queue (it joined at midnight), and a queue or service time earlier than the
 * arrival's clock time ran past midnight into the next day.
 */
public final class CallRecordImport {

    public record Summary(int rows, int used, int skipped, List<ContactInterval> intervals) {
    }

    /** Two-digit years from 1950 on: the bank's 990201 is 1999, not 2099. */
    private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
            .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 1950)
            .appendPattern("MMdd").toFormatter();
    private static final String SENTINEL = "0:00:00";

    private CallRecordImport() {
    }

    /** {@code queueCode} null: one queue per call type (PS, NW, NE …); otherwise everything goes to that queue. */
    public static Summary aggregate(String text, String queueCode, int intervalMinutes, ZoneId zone) {
        var lines = Lines.of(text);
        if (lines.isEmpty()) {
            return new Summary(0, 0, 0, List.of());
        }
        var header = List.of(lines.get(0).split("\t"));
        int col = 0;
        Map<String, Integer> index = new java.util.HashMap<>();
        for (String h : header) {
            index.put(h.strip(), col++);
        }
        for (String required : List.of("type", "date", "vru_entry", "vru_exit", "vru_time", "q_start", "q_time",
                "outcome", "ser_time")) {
            if (!index.containsKey(required)) {
                throw new IllegalArgumentException("call records lack the column " + required);
            }
        }
        record Key(String queue, Instant start) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = queue.compareTo(o.queue);
                return c != 0 ? c : start.compareTo(o.start);
            }
        }
        var buckets = new TreeMap<Key, double[]>();   // offered, answered, abandoned, handle, abandoned/answered wait
        int used = 0;
        int skipped = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length < header.size()) {
                skipped++;
                continue;
            }
            String outcome = f[index.get("outcome")].strip();
            int vruTime = Integer.parseInt(f[index.get("vru_time")].strip());
            // 0:00:00 is also a real clock time: a call that joined the queue at midnight has a queue time
            boolean queued = !SENTINEL.equals(f[index.get("q_start")].strip())
                    || Integer.parseInt(f[index.get("q_time")].strip()) > 0;
            if ("PHANTOM".equals(outcome) || vruTime < 0 || "HANG".equals(outcome) && !queued) {
                skipped++;
                continue;
            }
            LocalDate date = LocalDate.parse(f[index.get("date")].strip(), DATE);
            LocalTime entry = LocalTime.parse(pad(f[index.get("vru_entry")].strip()));
            LocalTime asked = LocalTime.parse(pad(queued ? f[index.get("q_start")].strip() : f[index.get("vru_exit")].strip()));
            LocalDateTime at = date.atTime(asked);
            if (asked.isBefore(entry)) {
                at = at.plusDays(1);   // the call reached the queue after midnight
            }
            int minuteOfDay = at.getHour() * 60 + at.getMinute();
            LocalDateTime bucket = at.toLocalDate().atStartOfDay()
                    .plusMinutes(minuteOfDay / intervalMinutes * intervalMinutes);
            String queue = queueCode != null ? queueCode : f[index.get("type")].strip().toLowerCase();
            var sums = buckets.computeIfAbsent(new Key(queue, bucket.atZone(zone).toInstant()), k -> new double[6]);
            sums[0]++;
            if ("AGENT".equals(outcome)) {
                sums[1]++;
                sums[3] += Integer.parseInt(f[index.get("ser_time")].strip());
                sums[5] += Integer.parseInt(f[index.get("q_time")].strip());
            } else {
                sums[2]++;
                sums[4] += Integer.parseInt(f[index.get("q_time")].strip());
            }
            used++;
        }
        var intervals = new ArrayList<ContactInterval>();
        buckets.forEach((key, s) -> intervals.add(new ContactInterval(key.queue(), key.start(), intervalMinutes,
                (int) s[0], (int) s[1], (int) s[2], s[3], s[4], s[5])));
        return new Summary(lines.size() - 1, used, skipped, intervals);
    }

    private static String pad(String time) {
        return time.length() == 7 ? "0" + time : time;
    }
}
