package hotline.workforce.internal.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days being scheduled and the demand per interval. It answers which demand intervals a shift on a day covers,
 * computed once per day and option, so the coverage constraints only look up lists.
 */
public final class Horizon {

    private final LocalDate firstDay;
    private final int days;
    private final int intervalMinutes;
    private final IntervalDemand[] demand;
    private final ConcurrentHashMap<String, List<IntervalDemand>> covered = new ConcurrentHashMap<>();

    public Horizon(LocalDate firstDay, int days, int intervalMinutes, List<IntervalDemand> demand) {
        this.firstDay = firstDay;
        this.days = days;
        this.intervalMinutes = intervalMinutes;
        this.demand = demand.toArray(IntervalDemand[]::new);
        if (this.demand.length != days * slotsPerDay()) {
            throw new IllegalArgumentException("demand must have one entry per interval of the horizon");
        }
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public int days() {
        return days;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    public int slotsPerDay() {
        return 1440 / intervalMinutes;
    }

    public IntervalDemand[] demand() {
        return demand;
    }

    public boolean weekend(int day) {
        var dow = firstDay.plusDays(day).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    public List<IntervalDemand> covered(int day, ShiftOption option) {
        return covered.computeIfAbsent(day + "|" + option.id(), key -> {
            var list = new ArrayList<IntervalDemand>();
            int base = day * slotsPerDay();
            for (int slot : option.workingSlots(intervalMinutes)) {
                int index = base + slot;
                if (index < demand.length) {
                    list.add(demand[index]);
                }
            }
            return List.copyOf(list);
        });
    }
}
