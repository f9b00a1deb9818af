package hotline.workforce.internal.forecast;

import java.time.DayOfWeek;

/**
 * Taylor's double seasonal exponential smoothing, additive and without trend: a level, an intraday shape shared by
 * all days, and a weekly correction per weekday and interval. Closed intervals are skipped rather than read as zero.
 * The three smoothing constants are chosen on a small grid by the one-step-ahead squared error over the history.
 */
final class DoubleSeasonalSmoothing {

    private static final double[] ALPHA = {0.01, 0.03, 0.1, 0.3};
    private static final double[] DELTA = {0.05, 0.15, 0.3};
    private static final double[] OMEGA = {0.05, 0.15, 0.3, 0.5};

    private DoubleSeasonalSmoothing() {
    }

    static Method.Model fit(Series history) {
        State best = null;
        for (double a : ALPHA) {
            for (double d : DELTA) {
                for (double w : OMEGA) {
                    var state = run(history, a, d, w);
                    if (best == null || state.sse < best.sse) {
                        best = state;
                    }
                }
            }
        }
        State fitted = best;
        return (like, slot) -> Math.max(0, fitted.level + fitted.daily[slot] + fitted.weekly[like.ordinal()][slot]);
    }

    static final class State {
        double level;
        double[] daily;
        double[][] weekly;
        double sse;
    }

    static State run(Series history, double alpha, double delta, double omega) {
        int m = history.intervalsPerDay();
        var days = history.days();
        var state = new State();
        state.daily = new double[m];
        state.weekly = new double[7][m];
        // Initial values from the first week: level = mean, daily = mean per slot − level, weekly = rest.
        double sum = 0;
        int n = 0;
        double[] slotSum = new double[m];
        int[] slotN = new int[m];
        int firstWeek = Math.min(days.size(), 7);
        for (int i = 0; i < firstWeek; i++) {
            var c = days.get(i).contacts();
            for (int s = 0; s < m; s++) {
                if (!Double.isNaN(c[s])) {
                    sum += c[s];
                    n++;
                    slotSum[s] += c[s];
                    slotN[s]++;
                }
            }
        }
        state.level = n == 0 ? 0 : sum / n;
        for (int s = 0; s < m; s++) {
            state.daily[s] = slotN[s] == 0 ? 0 : slotSum[s] / slotN[s] - state.level;
        }
        boolean[] seen = new boolean[7];
        for (int i = 0; i < firstWeek; i++) {
            var day = days.get(i);
            int wd = day.behavesLike().ordinal();
            if (seen[wd]) {
                continue;
            }
            seen[wd] = true;
            for (int s = 0; s < m; s++) {
                if (!Double.isNaN(day.contacts()[s])) {
                    state.weekly[wd][s] = day.contacts()[s] - state.level - state.daily[s];
                }
            }
        }
        for (var day : days) {
            int wd = day.behavesLike().ordinal();
            var c = day.contacts();
            for (int s = 0; s < m; s++) {
                double y = c[s];
                if (Double.isNaN(y)) {
                    continue;
                }
                double d = state.daily[s];
                double w = state.weekly[wd][s];
                double error = y - (state.level + d + w);
                state.sse += error * error;
                double level = alpha * (y - d - w) + (1 - alpha) * state.level;
                state.daily[s] = delta * (y - level - w) + (1 - delta) * d;
                state.weekly[wd][s] = omega * (y - level - d) + (1 - omega) * w;
                state.level = level;
            }
        }
        return state;
    }

    static double forecast(State state, DayOfWeek like, int slot) {
        return Math.max(0, state.level + state.daily[slot] + state.weekly[like.ordinal()][slot]);
    }
}
