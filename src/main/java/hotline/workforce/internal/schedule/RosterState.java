package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A roster as plain arrays for {@link RosterSearch}: one row of option numbers per agent (-1 for a day off) and the
 * coverage per interval. It scores exactly as {@link RosterConstraints} does (a property test holds the two equal):
 * hard and the agent's own soft terms are recomputed for the one or two agents a move touches (a row is 7 to 42
 * days), coverage is kept incrementally. That is some hundred times cheaper per move than constraint streams.
 */
final class RosterState {

    static final int OFF = -1;

    final int agentCount;
    final int days;
    final int weeks;
    /** Options of the value range first ({@code selectable} of them), then shifts found in the solution outside it. */
    final ShiftOption[] options;
    final int selectable;
    final int[] start;
    final int[] end;
    final int[] paid;
    final boolean[] night;
    /** Demand indices covered by option o on day d: {@code covers[d * options.length + o]}. */
    final int[][] covers;
    final int[] required;
    final Agent[] agents;
    final boolean[][] canWork;
    final boolean[][] unavailable;
    final boolean[][] avoidDay;
    final boolean[] weekend;
    final boolean[][] pinned;
    final ShiftAssignment[][] entity;

    final int[][] row;
    final int[] covered;
    long under;
    long over;
    final int[] hard;
    final int[] soft;
    long hardTotal;
    long softOfAgents;

    RosterState(Roster roster) {
        var horizon = roster.getHorizon();
        days = horizon.days();
        weeks = (days + 6) / 7;
        var optionList = new ArrayList<>(roster.getOptions());
        selectable = optionList.size();
        var optionIndex = new HashMap<ShiftOption, Integer>();
        for (int o = 0; o < optionList.size(); o++) {
            optionIndex.putIfAbsent(optionList.get(o), o);
        }
        for (var a : roster.getAssignments()) {
            if (a.getShift() != null && !optionIndex.containsKey(a.getShift())) {
                optionIndex.put(a.getShift(), optionList.size());
                optionList.add(a.getShift());
            }
        }
        options = optionList.toArray(ShiftOption[]::new);
        int n = options.length;
        start = new int[n];
        end = new int[n];
        paid = new int[n];
        night = new boolean[n];
        covers = new int[days * n][];
        for (int o = 0; o < n; o++) {
            start[o] = options[o].startMinute();
            end[o] = options[o].endMinute();
            paid[o] = options[o].paidMinutes();
            night[o] = options[o].night();
            for (int d = 0; d < days; d++) {
                covers[d * n + o] = horizon.covered(d, options[o]).stream().mapToInt(IntervalDemand::index).toArray();
            }
        }
        required = Arrays.stream(horizon.demand()).mapToInt(IntervalDemand::required).toArray();
        agents = roster.getAgents().toArray(Agent[]::new);
        agentCount = agents.length;
        var agentIndex = new IdentityHashMap<Agent, Integer>();
        canWork = new boolean[agentCount][n];
        unavailable = new boolean[agentCount][days];
        avoidDay = new boolean[agentCount][days];
        for (int a = 0; a < agentCount; a++) {
            agentIndex.put(agents[a], a);
            for (int o = 0; o < n; o++) {
                canWork[a][o] = agents[a].canWork(options[o]);
            }
            for (int d = 0; d < days; d++) {
                unavailable[a][d] = agents[a].unavailableDays().contains(d);
                avoidDay[a][d] = agents[a].avoidDays().contains(d);
            }
        }
        weekend = new boolean[days];
        for (int d = 0; d < days; d++) {
            weekend[d] = horizon.weekend(d);
        }
        pinned = new boolean[agentCount][days];
        entity = new ShiftAssignment[agentCount][days];
        row = new int[agentCount][days];
        for (int[] r : row) {
            Arrays.fill(r, OFF);
        }
        covered = new int[required.length];
        under = Arrays.stream(required).asLongStream().sum();   // nothing covered yet
        for (var e : roster.getAssignments()) {
            Integer a = agentIndex.get(e.getAgent());
            if (a == null) {
                a = indexByEquality(e.getAgent());
            }
            entity[a][e.getDay()] = e;
            pinned[a][e.getDay()] = e.isPinned();
            if (e.getShift() != null) {
                set(a, e.getDay(), optionIndex.get(e.getShift()));
            }
        }
        for (int a = 0; a < agentCount; a++) {
            for (int d = 0; d < days; d++) {
                if (entity[a][d] == null) {
                    pinned[a][d] = true;   // no planning entity for this day: nothing to change
                }
            }
        }
        hard = new int[agentCount];
        soft = new int[agentCount];
        for (int a = 0; a < agentCount; a++) {
            rescore(a);
        }
    }

    private int indexByEquality(Agent agent) {
        for (int a = 0; a < agentCount; a++) {
            if (agents[a].equals(agent)) {
                return a;
            }
        }
        throw new IllegalArgumentException("assignment of an agent not in the roster: " + agent);
    }

    /** Puts option o (or {@link #OFF}) on agent a's day d and updates coverage; the agent's scores wait for rescore. */
    void set(int a, int d, int o) {
        int old = row[a][d];
        if (old == o) {
            return;
        }
        int n = options.length;
        if (old != OFF) {
            for (int s : covers[d * n + old]) {
                int c = --covered[s];
                if (c >= required[s]) {
                    over--;
                } else {
                    under++;
                }
            }
        }
        if (o != OFF) {
            for (int s : covers[d * n + o]) {
                int c = covered[s]++;
                if (c >= required[s]) {
                    over++;
                } else {
                    under--;
                }
            }
        }
        row[a][d] = o;
    }

    void rescore(int a) {
        int h = hardOf(a);
        int s = softOf(a);
        hardTotal += h - hard[a];
        softOfAgents += s - soft[a];
        hard[a] = h;
        soft[a] = s;
    }

    /** Hard penalty of one agent's row, as RosterConstraints counts it. */
    int hardOf(int a) {
        var contract = agents[a].contract();
        int[] r = row[a];
        int penalty = 0;
        int run = 0;
        for (int d = 0; d < days; d++) {
            int o = r[d];
            if (o == OFF) {
                penalty += Math.max(0, run - contract.maxConsecutiveDays());
                run = 0;
                continue;
            }
            run++;
            if (unavailable[a][d]) {
                penalty++;
            }
            if (!canWork[a][o]) {
                penalty++;
            }
            if (d + 1 < days && r[d + 1] != OFF) {
                int rest = 1440 + start[r[d + 1]] - end[o];
                if (rest < contract.minRestMinutes()) {
                    penalty += (contract.minRestMinutes() - rest) / 30 + 1;
                }
            }
        }
        penalty += Math.max(0, run - contract.maxConsecutiveDays());
        int maxDays = 7 - contract.minDaysOffPerWeek();
        for (int w = 0; w < weeks; w++) {
            int minutes = 0;
            int worked = 0;
            for (int d = w * 7; d < Math.min(days, w * 7 + 7); d++) {
                if (r[d] != OFF) {
                    minutes += paid[r[d]];
                    worked++;
                }
            }
            if (minutes > contract.minutesPerWeek()) {
                penalty += (minutes - contract.minutesPerWeek() + 29) / 30;
            }
            penalty += Math.max(0, worked - maxDays);
        }
        return penalty;
    }

    /** Soft penalty of one agent's row: hours not given, nights² and weekend days², preferences. */
    int softOf(int a) {
        var agent = agents[a];
        int[] r = row[a];
        int penalty = 0;
        int nights = 0;
        int weekends = 0;
        for (int w = 0; w < weeks; w++) {
            int minutes = 0;
            int worked = 0;
            for (int d = w * 7; d < Math.min(days, w * 7 + 7); d++) {
                int o = r[d];
                if (o == OFF) {
                    continue;
                }
                worked++;
                minutes += paid[o];
                nights += night[o] ? 1 : 0;
                weekends += weekend[d] ? 1 : 0;
                if (avoidDay[a][d] || agent.avoidNights() && night[o]) {
                    penalty += 3;
                }
            }
            if (worked > 0 && minutes < agent.contract().minutesPerWeek() - 60) {
                penalty += (agent.contract().minutesPerWeek() - minutes) / 60;
            }
        }
        return penalty + nights * nights + weekends * weekends;
    }

    long hardScore() {
        return hardTotal;
    }

    long mediumScore() {
        return under;
    }

    long softScore() {
        return 2 * over + softOfAgents;
    }

    int[][] copyRows() {
        int[][] copy = new int[agentCount][];
        for (int a = 0; a < agentCount; a++) {
            copy[a] = row[a].clone();
        }
        return copy;
    }

    /** Writes the given rows into the working solution, telling the score director about each changed day. */
    void writeTo(int[][] rows, ScoreDirector<Roster> director) {
        for (int a = 0; a < agentCount; a++) {
            for (int d = 0; d < days; d++) {
                var e = entity[a][d];
                if (e == null) {
                    continue;
                }
                var wanted = rows[a][d] == OFF ? null : options[rows[a][d]];
                if (e.getShift() != wanted) {
                    director.beforeVariableChanged(e, "shift");
                    e.setShift(wanted);
                    director.afterVariableChanged(e, "shift");
                }
            }
        }
        director.triggerVariableListeners();
    }

    List<Integer> optionsOfTemplate(int o) {
        var same = new ArrayList<Integer>();
        for (int p = 0; p < selectable; p++) {
            if (options[p].templateCode().equals(options[o].templateCode())) {
                same.add(p);
            }
        }
        return same;
    }
}
