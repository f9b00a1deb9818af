package hotline.workforce.internal.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * History of one queue as days of intervals in the center's zone. A missing interval is a closed hour (NaN), never
 * zero demand. Holidays and incidents are kept out of {@link #days()}, which the methods learn from.
 */
public final class Series {

    /** One day of history: contacts and handle seconds per interval of the day (NaN where closed). */
    public record Day(LocalDate date, DayOfWeek behavesLike, double[] contacts, double[] handleSeconds) {
    }

    private final int intervalMinutes;
    private final ZoneId zone;
    private final NavigableMap<LocalDate, Day> all = new TreeMap<>();
    private final Map<LocalDate, SpecialDay> special;
    private Instant last;

    public Series(int intervalMinutes, ZoneId zone, Map<LocalDate, SpecialDay> special) {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval must divide a day: " + intervalMinutes + " minutes");
        }
        this.intervalMinutes = intervalMinutes;
        this.zone = zone;
        this.special = Map.copyOf(special);
    }

    /** Adds one interval's counts; several rows for the same interval are summed. */
    public Series add(Instant start, double contacts, double handleSeconds) {
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        int slot = slotOf(local);
        var day = all.computeIfAbsent(local.toLocalDate(), d -> {
            var c = new double[intervalsPerDay()];
            var h = new double[intervalsPerDay()];
            Arrays.fill(c, Double.NaN);
            Arrays.fill(h, Double.NaN);
            return new Day(d, behavesLike(d), c, h);
        });
        day.contacts()[slot] = (Double.isNaN(day.contacts()[slot]) ? 0 : day.contacts()[slot]) + contacts;
        day.handleSeconds()[slot] = (Double.isNaN(day.handleSeconds()[slot]) ? 0 : day.handleSeconds()[slot])
                + handleSeconds;
        if (last == null || start.isAfter(last)) {
            last = start;
        }
        return this;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    public int intervalsPerDay() {
        return 1440 / intervalMinutes;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant lastStart() {
        return last;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    int slotOf(LocalDateTime local) {
        return (local.getHour() * 60 + local.getMinute()) / intervalMinutes;
    }

    DayOfWeek behavesLike(LocalDate date) {
        var s = special.get(date);
        return s == null ? date.getDayOfWeek() : s.behavesLike();
    }

    double factor(LocalDate date) {
        var s = special.get(date);
        return s == null ? 1 : s.factor();
    }

    /** The days the methods learn from, oldest first. */
    public List<Day> days() {
        var days = new ArrayList<Day>();
        for (var day : all.values()) {
            var s = special.get(day.date());
            if (s == null || !s.excludedFromHistory()) {
                days.add(day);
            }
        }
        return days;
    }

    /** The history before {@code date} (for backtests), with the same special days. */
    public Series before(LocalDate date) {
        var copy = new Series(intervalMinutes, zone, special);
        for (var day : all.headMap(date, false).values()) {
            copy.all.put(day.date(), day);
            Instant end = day.date().atStartOfDay(zone).toInstant();
            for (int i = day.contacts().length - 1; i >= 0; i--) {
                if (!Double.isNaN(day.contacts()[i])) {
                    end = day.date().atStartOfDay(zone).plusMinutes((long) i * intervalMinutes).toInstant();
                    break;
                }
            }
            copy.last = copy.last == null || end.isAfter(copy.last) ? end : copy.last;
        }
        return copy;
    }

    public LocalDate firstDate() {
        return all.firstKey();
    }

    public LocalDate lastDate() {
        return all.lastKey();
    }

    /** Observed contacts at a day and slot of the history, NaN when closed or absent. */
    double observed(LocalDate date, int slot) {
        var day = all.get(date);
        return day == null ? Double.NaN : day.contacts()[slot];
    }

    boolean isExcluded(LocalDate date) {
        var s = special.get(date);
        return s != null && s.excludedFromHistory();
    }
}
