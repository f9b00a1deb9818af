package hotline.workforce.internal.schedule;

/**
 * The moves of {@link RosterSearch}, each touching one or two agents: change one day; swap two agents' days, or a run
 * of days; move a shift to another day of the same agent; and a pillar — one agent's start time changed on every day
 * of a week they work that shift.
 */
final class RosterMoves {

    private RosterMoves() {
    }

    static boolean pick(RosterSearch.Search search) {
        var s = search.state;
        var random = search.random;
        int a = random.nextInt(s.agentCount);
        int d = random.nextInt(s.days);
        int kind = random.nextInt(100);
        if (kind < 40) {
            int cur = s.row[a][d];
            int next;
            if (cur != RosterState.OFF && random.nextInt(5) == 0) {
                next = RosterState.OFF;
            } else if (cur != RosterState.OFF && cur < s.selectable && random.nextBoolean()) {
                int[] same = search.sameTemplate[cur];
                next = same[random.nextInt(same.length)];
            } else {
                next = random.nextInt(s.selectable);
            }
            return next != cur && search.change(a, d, next);
        }
        if (kind < 60) {
            int b = random.nextInt(s.agentCount);
            return b != a && s.row[a][d] != s.row[b][d]
                    && search.change(a, d, s.row[b][d]) && search.change(b, d, s.row[a][d]);
        }
        if (kind < 70) {
            int b = random.nextInt(s.agentCount);
            if (b == a) {
                return false;
            }
            int last = Math.min(s.days - 1, d + 1 + random.nextInt(6));
            for (int day = d; day <= last; day++) {
                if (s.row[a][day] != s.row[b][day]
                        && !(search.change(a, day, s.row[b][day]) && search.change(b, day, s.row[a][day]))) {
                    return false;
                }
            }
            return search.changes > 0;
        }
        if (kind < 85) {
            int o = s.row[a][d];
            int to = d + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3));
            return o != RosterState.OFF && to >= 0 && to < s.days && s.row[a][to] == RosterState.OFF
                    && search.change(a, d, RosterState.OFF) && search.change(a, to, o);
        }
        int o = s.row[a][d];
        if (o == RosterState.OFF || o >= s.selectable) {
            return false;
        }
        int[] same = search.sameTemplate[o];
        int next = same.length > 1 && random.nextInt(4) > 0 ? same[random.nextInt(same.length)]
                : random.nextInt(s.selectable);
        if (next == o) {
            return false;
        }
        int from = random.nextBoolean() ? 0 : d / 7 * 7;
        int to = from == 0 ? s.days : Math.min(s.days, from + 7);
        for (int day = from; day < to; day++) {
            if (s.row[a][day] == o && !search.change(a, day, next)) {
                return false;
            }
        }
        return true;
    }
}
