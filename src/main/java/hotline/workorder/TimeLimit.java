package hotline.workorder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A time limit (时限) stated the way hotline rules state them: "24 natural hours", "4 working hours", "5 working
 * days". Working time follows the center's business calendar (holidays and make-up working days included).
 */
public record TimeLimit(@Min(1) @Max(10_000) int amount, @NotNull Unit unit) {

    public enum Unit {
        NATURAL_HOURS, WORKING_HOURS, WORKING_DAYS
    }

    public static TimeLimit naturalHours(int hours) {
        return new TimeLimit(hours, Unit.NATURAL_HOURS);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
