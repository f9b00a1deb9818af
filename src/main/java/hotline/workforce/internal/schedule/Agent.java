package hotline.workforce.internal.schedule;

import java.util.Set;

/**
 * A person to schedule. Day numbers count from the first day of the schedule. {@code unavailableDays}: leave and
 * declared unavailability (hard); {@code avoidDays} and {@code avoidNights}: preferences (soft).
 */
public record Agent(long id, String name, Set<String> skills, Contract contract, Set<Integer> unavailableDays,
                    Set<Integer> avoidDays, boolean avoidNights) {

    public boolean canWork(ShiftOption option) {
        return option.requiredSkill() == null || skills.contains(option.requiredSkill());
    }

    @Override
    public String toString() {
        return name;
    }
}
