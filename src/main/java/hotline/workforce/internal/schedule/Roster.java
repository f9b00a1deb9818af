package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.ArrayList;
import java.util.List;

/**
 * The scheduling problem and its solution. Hard: rules of contracts, leave, skills. Medium: under-coverage in
 * agent-intervals (a missing agent is worse than anything soft). Soft: over-coverage, fairness of nights and
 * weekends, preferences, contract hours not given.
 */
@PlanningSolution
public class Roster {

    @ProblemFactProperty
    private Horizon horizon;
    @ProblemFactCollectionProperty
    private List<Agent> agents;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<ShiftOption> options;
    @ProblemFactCollectionProperty
    private List<IntervalDemand> demand;
    @PlanningEntityCollectionProperty
    private List<ShiftAssignment> assignments;
    @PlanningScore
    private HardMediumSoftScore score;

    public Roster() {
    }

    public Roster(Horizon horizon, List<Agent> agents, List<ShiftOption> options) {
        this.horizon = horizon;
        this.agents = List.copyOf(agents);
        this.options = List.copyOf(options);
        this.demand = List.of(horizon.demand());
        this.assignments = new ArrayList<>();
        for (var agent : agents) {
            for (int day = 0; day < horizon.days(); day++) {
                assignments.add(new ShiftAssignment(agent, day, horizon));
            }
        }
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<Agent> getAgents() {
        return agents;
    }

    public List<ShiftOption> getOptions() {
        return options;
    }

    public List<IntervalDemand> getDemand() {
        return demand;
    }

    public List<ShiftAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    /** Agent-intervals short of the requirement in this solution. */
    public long underCoverage() {
        int[] covered = coverage();
        long under = 0;
        for (var d : horizon.demand()) {
            under += Math.max(0, d.required() - covered[d.index()]);
        }
        return under;
    }

    public long overCoverage() {
        int[] covered = coverage();
        long over = 0;
        for (var d : horizon.demand()) {
            over += Math.max(0, covered[d.index()] - d.required());
        }
        return over;
    }

    public int[] coverage() {
        int[] covered = new int[horizon.demand().length];
        for (var a : assignments) {
            for (var d : a.coveredDemand()) {
                covered[d.index()]++;
            }
        }
        return covered;
    }
}
