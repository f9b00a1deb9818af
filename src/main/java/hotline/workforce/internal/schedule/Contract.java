package hotline.workforce.internal.schedule;

/**
 * The rules of an agent's employment that a schedule must keep: paid hours per week (a ceiling, and the target the
 * schedule tries to give), minimum rest between two shifts, maximum consecutive working days, days off per week.
 */
public record Contract(String code, int minutesPerWeek, int minRestMinutes, int maxConsecutiveDays,
                       int minDaysOffPerWeek) {

    public static final Contract FULL_TIME = new Contract("full-time", 40 * 60, 11 * 60, 6, 2);
}
