package hotline.workforce.internal.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * One way to work a day: a shift template started at one of the start times its window allows. Breaks and the meal
 * are placed by rule (ADR 0043): a shift of six hours or more has its meal at the middle; one of eight hours or
 * more has a short break at a quarter and at three quarters of its length. The meal is unpaid.
 *
 * @param startMinute minutes after the start of the day (a night shift ends the next morning)
 */
public record ShiftOption(String id, String templateCode, int startMinute, int lengthMinutes, int mealMinutes,
                          int breakMinutes, String requiredSkill, boolean night) {

    public record Pause(int offsetMinutes, int minutes, boolean meal) {
    }

    public static ShiftOption of(String templateCode, int startMinute, int lengthMinutes, int mealMinutes,
                                 int breakMinutes, String requiredSkill) {
        int end = startMinute + lengthMinutes;
        boolean night = end > 1440 + 60 || startMinute < 5 * 60;   // works through the small hours
        String id = templateCode + "@" + String.format("%02d:%02d", startMinute / 60, startMinute % 60);
        return new ShiftOption(id, templateCode, startMinute, lengthMinutes, mealMinutes, breakMinutes,
                requiredSkill, night);
    }

    public int endMinute() {
        return startMinute + lengthMinutes;
    }

    public int paidMinutes() {
        return lengthMinutes - (lengthMinutes >= 360 ? mealMinutes : 0);
    }

    public List<Pause> pauses(int intervalMinutes) {
        var pauses = new ArrayList<Pause>();
        if (lengthMinutes >= 360 && mealMinutes > 0) {
            pauses.add(new Pause(round(lengthMinutes / 2 - mealMinutes / 2, intervalMinutes), mealMinutes, true));
        }
        if (lengthMinutes >= 480 && breakMinutes > 0) {
            pauses.add(new Pause(round(lengthMinutes / 4, intervalMinutes), breakMinutes, false));
            pauses.add(new Pause(round(lengthMinutes * 3 / 4, intervalMinutes), breakMinutes, false));
        }
        return pauses;
    }

    private static int round(int minutes, int intervalMinutes) {
        return Math.round((float) minutes / intervalMinutes) * intervalMinutes;
    }

    /**
     * The intervals (offsets from the start of the shift's day) in which the agent takes contacts. An interval counts
     * when the agent works at least half of it, so a 15-minute break does not empty a 30-minute interval.
     */
    public int[] workingSlots(int intervalMinutes) {
        int first = startMinute / intervalMinutes;
        int slots = (int) Math.ceil((double) (startMinute + lengthMinutes) / intervalMinutes) - first;
        var pauses = pauses(intervalMinutes);
        var result = new ArrayList<Integer>();
        for (int s = 0; s < slots; s++) {
            int from = (first + s) * intervalMinutes;
            int to = from + intervalMinutes;
            int worked = Math.min(to, endMinute()) - Math.max(from, startMinute);
            for (var pause : pauses) {
                int ps = startMinute + pause.offsetMinutes();
                worked -= Math.max(0, Math.min(to, ps + pause.minutes()) - Math.max(from, ps));
            }
            if (worked * 2 >= intervalMinutes) {
                result.add(first + s);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }
}
