package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.List;

/** One agent's day: the solver picks a shift option or none (a day off). Pinned days keep what they have. */
@PlanningEntity
public class ShiftAssignment {

    @PlanningId
    private String id;
    private Agent agent;
    private int day;
    private Horizon horizon;
    @PlanningVariable(allowsUnassigned = true)
    private ShiftOption shift;
    @PlanningPin
    private boolean pinned;

    public ShiftAssignment() {
    }

    public ShiftAssignment(Agent agent, int day, Horizon horizon) {
        this.id = agent.id() + "/" + day;
        this.agent = agent;
        this.day = day;
        this.horizon = horizon;
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public int getDay() {
        return day;
    }

    public int getWeek() {
        return day / 7;
    }

    public ShiftOption getShift() {
        return shift;
    }

    public void setShift(ShiftOption shift) {
        this.shift = shift;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isWorking() {
        return shift != null;
    }

    public boolean isWeekend() {
        return horizon.weekend(day);
    }

    /** Minutes from the start of the horizon. */
    public int startsAt() {
        return day * 1440 + shift.startMinute();
    }

    public int endsAt() {
        return day * 1440 + shift.endMinute();
    }

    public List<IntervalDemand> coveredDemand() {
        return shift == null ? List.of() : horizon.covered(day, shift);
    }

    @Override
    public String toString() {
        return agent + " day " + day + ": " + (shift == null ? "off" : shift.id());
    }
}
