package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's array calculator against the constraint streams: on random rosters (rule breaches included) and after
 * random changes made through its incremental path, it must give exactly the score Timefold computes.
 */
class RosterStateProperties {

    static final SolutionManager<Roster, HardMediumSoftScore> STREAMS =
            SolutionManager.create(SolverFactory.create(RosterSolving.config(Duration.ofSeconds(1))));

    static Roster randomRoster(SplittableRandom random) {
        int minutes = random.nextBoolean() ? 30 : 60;
        int days = 3 + random.nextInt(17);
        var demand = new ArrayList<IntervalDemand>();
        for (int i = 0; i < days * 1440 / minutes; i++) {
            demand.add(new IntervalDemand(i, random.nextInt(4)));
        }
        var horizon = new Horizon(LocalDate.of(2026, 3, 2).plusDays(random.nextInt(7)), days, minutes, demand);
        var options = new ArrayList<ShiftOption>();
        for (int t = 0; t < 2 + random.nextInt(4); t++) {
            int start = random.nextInt(48) * 30;
            int length = (4 + random.nextInt(7)) * 60;
            String skill = random.nextInt(4) == 0 ? "night" : null;
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                options.add(ShiftOption.of("t" + t, start + 30 * k, length, 30 * random.nextInt(3), 15 * random.nextInt(2),
                        skill));
            }
        }
        var agents = new ArrayList<Agent>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            var contract = new Contract("c" + i, (20 + random.nextInt(25)) * 60, (8 + random.nextInt(5)) * 60,
                    2 + random.nextInt(5), random.nextInt(3));
            agents.add(new Agent(i + 1, "agent" + (i + 1), random.nextBoolean() ? Set.of("night") : Set.of(), contract,
                    someDays(random, days), someDays(random, days), random.nextInt(3) == 0));
        }
        var roster = new Roster(horizon, agents, options);
        for (var a : roster.getAssignments()) {
            a.setShift(random.nextInt(3) == 0 ? null : options.get(random.nextInt(options.size())));
        }
        return roster;
    }

    static Set<Integer> someDays(SplittableRandom random, int days) {
        var set = new HashSet<Integer>();
        for (int d = 0; d < days; d++) {
            if (random.nextInt(6) == 0) {
                set.add(d);
            }
        }
        return set;
    }

    static HardMediumSoftScore scoreOf(RosterState state) {
        return HardMediumSoftScore.of((int) -state.hardScore(), (int) -state.mediumScore(), (int) -state.softScore());
    }

    @Property(tries = 300)
    void scoresAsTheConstraintStreamsDo(@ForAll long seed) {
        var roster = randomRoster(new SplittableRandom(seed));
        var state = new RosterState(roster);
        assertThat(scoreOf(state)).isEqualTo(STREAMS.update(roster));
        assertThat(state.under).isEqualTo(roster.underCoverage());
        assertThat(state.over).isEqualTo(roster.overCoverage());
    }

    @Property(tries = 200)
    void keepsTheScoreExactThroughIncrementalChanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int moves) {
        var random = new SplittableRandom(seed);
        var roster = randomRoster(random);
        var state = new RosterState(roster);
        for (int i = 0; i < moves; i++) {
            int a = random.nextInt(state.agentCount);
            int d = random.nextInt(state.days);
            state.set(a, d, random.nextInt(3) == 0 ? RosterState.OFF : random.nextInt(state.selectable));
            state.rescore(a);
        }
        List<ShiftAssignment> assignments = roster.getAssignments();
        for (var e : assignments) {
            int a = roster.getAgents().indexOf(e.getAgent());
            int o = state.row[a][e.getDay()];
            e.setShift(o == RosterState.OFF ? null : state.options[o]);
        }
        assertThat(scoreOf(state)).isEqualTo(STREAMS.update(roster));
        assertThat(scoreOf(state)).isEqualTo(scoreOf(new RosterState(roster)));
    }
}
