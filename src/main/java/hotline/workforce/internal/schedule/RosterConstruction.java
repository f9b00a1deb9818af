package hotline.workforce.internal.schedule;

/**
 * Greedy construction by shortfall: again and again, the shift (day and start) that covers the most intervals still
 * short goes to the agent who can take it without breaking a hard rule and with the least soft penalty, preferring
 * an agent who works the same shift the day before or after (steady rows are easier to keep legal). Stops when no
 * shift covers a shortfall or nobody can take it. Days already decided are kept.
 */
final class RosterConstruction {

    private RosterConstruction() {
    }

    static void fill(RosterState s) {
        int n = s.selectable;
        boolean[] blocked = new boolean[s.days * n];
        while (true) {
            int bestKey = -1;
            int bestGain = 0;
            for (int d = 0; d < s.days; d++) {
                for (int o = 0; o < n; o++) {
                    int key = d * n + o;
                    if (blocked[key]) {
                        continue;
                    }
                    int gain = 0;
                    for (int slot : s.covers[d * s.options.length + o]) {
                        if (s.covered[slot] < s.required[slot]) {
                            gain++;
                        }
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestKey = key;
                    }
                }
            }
            if (bestKey < 0) {
                return;
            }
            int day = bestKey / n;
            int option = bestKey % n;
            int agent = bestAgent(s, day, option);
            if (agent < 0) {
                blocked[bestKey] = true;
            } else {
                s.set(agent, day, option);
                s.rescore(agent);
            }
        }
    }

    private static int bestAgent(RosterState s, int day, int option) {
        int best = -1;
        int bestPenalty = Integer.MAX_VALUE;
        for (int a = 0; a < s.agentCount; a++) {
            if (s.row[a][day] != RosterState.OFF || s.pinned[a][day] || !s.canWork[a][option]
                    || s.unavailable[a][day]) {
                continue;
            }
            s.row[a][day] = option;   // coverage untouched: only the agent's own terms are compared here
            int hard = s.hardOf(a);
            int penalty = s.softOf(a) - s.soft[a];
            s.row[a][day] = RosterState.OFF;
            if (hard > s.hard[a]) {
                continue;
            }
            if (day > 0 && s.row[a][day - 1] == option) {
                penalty -= 20;
            }
            if (day + 1 < s.days && s.row[a][day + 1] == option) {
                penalty -= 20;
            }
            if (penalty < bestPenalty) {
                bestPenalty = penalty;
                best = a;
            }
        }
        return best;
    }
}
