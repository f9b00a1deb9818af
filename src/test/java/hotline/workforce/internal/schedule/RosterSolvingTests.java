package hotline.workforce.internal.schedule;

import hotline.workforce.BankData;
import ai.timefold.solver.core.api.solver.SolverFactory;
import hotline.workforce.internal.history.CallRecordImport;
import hotline.workforce.internal.history.ShiftPatternCsv;
import hotline.workforce.internal.staffing.Staffing;
import hotline.workforce.internal.staffing.StaffingTarget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole solves on small problems: the bank's own week with its eight six-hour shifts, checked against an independent
 * integer count of what those shifts can cover, and hard rules kept.
 */
class RosterSolvingTests {

    static String read(String name) {
        return BankData.read(name);
    }

    /** Hourly Erlang C requirement (80 % in 20 s) for the bank's week of 7–13 February 1999 (Sunday to Saturday). */
    static int[] bankRequirement() throws IOException {
        var zone = ZoneOffset.ofHours(2);
        var hourly = CallRecordImport.aggregate(read("calls-1999-02.txt"), "bank", 60, zone).intervals();
        var first = LocalDate.of(1999, 2, 7);
        int[] required = new int[7 * 24];
        for (var interval : hourly) {
            var local = LocalDateTime.ofInstant(interval.start(), zone);
            long day = local.toLocalDate().toEpochDay() - first.toEpochDay();
            if (day < 0 || day >= 7 || interval.answered() == 0) {
                continue;
            }
            double load = interval.offered() * interval.ahtSeconds() / 3600;
            required[(int) day * 24 + local.getHour()] =
                    Staffing.erlangC(load, interval.ahtSeconds(), StaffingTarget.serviceLevel(0.8, 20)).agents();
        }
        return required;
    }

    @Test
    void buildsTheBankWeekFromItsShiftMatrixCoveringAsMuchAsTheShiftsCan() throws IOException {
        int[] required = bankRequirement();
        var patterns = ShiftPatternCsv.parse(read("shifts.csv"));
        var options = new ArrayList<ShiftOption>();
        for (var p : patterns) {
            options.add(ShiftOption.of(p.name(), p.startHour() * 60, p.lengthHours() * 60, 0, 0, null));
        }
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < required.length; i++) {
            demand.add(new IntervalDemand(i, required[i]));
        }
        var horizon = new Horizon(LocalDate.of(1999, 2, 7), 7, 60, demand);
        var contract = new Contract("six-hours", 5 * 6 * 60, 10 * 60, 6, 2);
        var agents = new ArrayList<Agent>();
        int peak = java.util.Arrays.stream(required).max().orElseThrow();
        for (int i = 0; i < peak * 3; i++) {
            agents.add(new Agent(i + 1, "agent" + (i + 1), Set.of(), contract, Set.of(), Set.of(), false));
        }
        var roster = new Roster(horizon, agents, options);
        var solver = SolverFactory.<Roster>create(RosterSolving.config(Duration.ofSeconds(10))).buildSolver();
        var solved = solver.solve(roster);

        assertThat(solved.getScore().hardScore()).isZero();
        // Independent check: recount the coverage from the solution's shifts by hand, interval by interval.
        int[] covered = new int[required.length];
        for (var a : solved.getAssignments()) {
            if (a.getShift() != null) {
                for (int h = 0; h < a.getShift().lengthMinutes() / 60; h++) {
                    int index = a.getDay() * 24 + a.getShift().startMinute() / 60 + h;
                    if (index < covered.length) {
                        covered[index]++;
                    }
                }
            }
        }
        long under = 0;
        for (int i = 0; i < required.length; i++) {
            under += Math.max(0, required[i] - covered[i]);
        }
        assertThat(under).isEqualTo(solved.underCoverage()).isEqualTo(-solved.getScore().mediumScore());
        // Every hour of the day is in some shift and there are three times as many agents as the peak needs: the
        // shortfall left after 10 s must be a small share of the agent-hours required.
        long total = java.util.Arrays.stream(required).sum();
        System.out.printf("bank week: %d agent-hours required, %d short, lower bound %d, score %s%n", total, under,
                RosterSolving.lowerBound(solved), solved.getScore());
        assertThat(RosterSolving.lowerBound(solved)).isZero();
        assertThat(under).isLessThanOrEqualTo(total / 50);
        for (var agent : agents) {
            var days = new HashSet<Integer>();
            solved.getAssignments().stream().filter(a -> a.getAgent() == agent && a.isWorking())
                    .forEach(a -> days.add(a.getDay()));
            assertThat(days.size()).as("days worked by %s", agent).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void lowerBoundCountsDemandThatNoAgentCanMeet() {
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < 48; i++) {
            demand.add(new IntervalDemand(i, i < 14 ? 1 : 3));   // 00:00–07:00 needs one, the rest three
        }
        var horizon = new Horizon(LocalDate.of(2026, 1, 5), 1, 30, demand);
        var day = ShiftOption.of("day", 8 * 60 + 30, 540, 60, 15, null);
        var agents = List.of(new Agent(1, "a", Set.of(), Contract.FULL_TIME, Set.of(), Set.of(), false));
        var roster = new Roster(horizon, agents, List.of(day));
        // nobody can work 00:00–08:30 (17 intervals: 14 needing 1 and 3 needing 3) or after 17:30 (13 needing 3)
        long expected = 14 + 3 * 3 + 13 * 3 + 2L * day.workingSlots(30).length
                + 3L * (18 - day.workingSlots(30).length);
        assertThat(RosterSolving.lowerBound(roster)).isGreaterThanOrEqualTo(14 + 3 * 3 + 13 * 3);
        assertThat(RosterSolving.lowerBound(roster)).isLessThanOrEqualTo(expected);
    }
}
