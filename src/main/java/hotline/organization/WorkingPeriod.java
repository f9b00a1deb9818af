package hotline.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A span of working time within one day, to the minute: {@code 08:30-12:00}. The end may be {@code 24:00} (midnight
 * at the end of the day); a period never crosses midnight, so a night shift is two periods on two days.
 */
public record WorkingPeriod(int startMinute, int endMinute) implements Comparable<WorkingPeriod> {

    public static final int END_OF_DAY = 24 * 60;
    private static final Pattern TEXT = Pattern.compile("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$");

    public WorkingPeriod {
        if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("a working period runs from 00:00 to 24:00 and ends after it starts: "
                    + format(startMinute) + "-" + format(endMinute));
        }
    }

    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        int endMinute = end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : minutes(end);
        return new WorkingPeriod(minutes(start), endMinute);
    }

    /** Parses {@code HH:mm-HH:mm}; throws IllegalArgumentException saying what is wrong. */
    @JsonCreator
    public static WorkingPeriod parse(String text) {
        var matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period like 08:30-12:00");
        }
        int start = minute(matcher.group(1), matcher.group(2), text);
        int end = minute(matcher.group(3), matcher.group(4), text);
        return new WorkingPeriod(start, end);
    }

    /** Parses periods separated by spaces, commas or semicolons: {@code 08:30-12:00 13:30-17:30}; blank is none. */
    public static List<WorkingPeriod> parseList(String text) {
        var periods = new ArrayList<WorkingPeriod>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.strip().replaceAll("\\s*-\\s*", "-").split("[\\s,;，；]+")) {
            if (!part.isBlank()) {
                periods.add(parse(part));
            }
        }
        return periods;
    }

    public static String format(List<WorkingPeriod> periods) {
        return String.join(" ", periods.stream().map(WorkingPeriod::toString).toList());
    }

    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startMinute * 60L);
    }

    /** The end as a time of day; 24:00 is {@link LocalTime#MIDNIGHT} (check {@link #endsAtMidnight()}). */
    public LocalTime end() {
        return endMinute == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endMinute * 60L);
    }

    public boolean endsAtMidnight() {
        return endMinute == END_OF_DAY;
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    public boolean overlaps(WorkingPeriod other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public int compareTo(WorkingPeriod other) {
        return startMinute != other.startMinute ? Integer.compare(startMinute, other.startMinute)
                : Integer.compare(endMinute, other.endMinute);
    }

    @JsonValue
    @Override
    public String toString() {
        return format(startMinute) + "-" + format(endMinute);
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static int minutes(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("working periods are in whole minutes: " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static int minute(String hour, String minute, String text) {
        int h = Integer.parseInt(hour);
        int m = Integer.parseInt(minute);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("'" + text + "' has a time that does not exist");
        }
        return h * 60 + m;
    }
}
