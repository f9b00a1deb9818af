package hotline.workforce.internal.forecast;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The forecasting methods a queue chooses from by backtest. */
public enum Method {

    /** The same interval of the latest day that behaves like the target day (a week ago, as a rule). */
    SEASONAL_NAIVE {
        @Override
        Model fit(Series history) {
            var byWeekday = byWeekday(history);
            return (like, slot) -> {
                for (var day : reversed(byWeekday.getOrDefault(like, List.of()))) {
                    if (!Double.isNaN(day.contacts()[slot])) {
                        return day.contacts()[slot];
                    }
                }
                var days = history.days();
                for (int i = days.size() - 1; i >= 0; i--) {   // no such weekday yet: yesterday's pattern
                    if (!Double.isNaN(days.get(i).contacts()[slot])) {
                        return days.get(i).contacts()[slot];
                    }
                }
                return 0;
            };
        }
    },

    /** The mean of the same interval over the last four days that behave like the target day. */
    WEEKDAY_AVERAGE {
        @Override
        Model fit(Series history) {
            var byWeekday = byWeekday(history);
            return (like, slot) -> {
                double sum = 0;
                int n = 0;
                for (var day : reversed(byWeekday.getOrDefault(like, List.of()))) {
                    if (!Double.isNaN(day.contacts()[slot])) {
                        sum += day.contacts()[slot];
                        if (++n == RECENT_WEEKS) {
                            break;
                        }
                    }
                }
                return n == 0 ? SEASONAL_NAIVE.fit(history).contacts(like, slot) : sum / n;
            };
        }
    },

    /** Additive exponential smoothing with a daily and a weekly seasonal component (Taylor 2003), no trend. */
    EXPONENTIAL_SMOOTHING {
        @Override
        Model fit(Series history) {
            return DoubleSeasonalSmoothing.fit(history);
        }
    };

    static final int RECENT_WEEKS = 4;

    abstract Model fit(Series history);

    /** A fitted method: contacts expected in {@code slot} of a day that behaves like {@code like}. */
    @FunctionalInterface
    interface Model {
        double contacts(DayOfWeek like, int slot);
    }

    static Map<DayOfWeek, List<Series.Day>> byWeekday(Series history) {
        var map = new EnumMap<DayOfWeek, List<Series.Day>>(DayOfWeek.class);
        for (var day : history.days()) {
            map.computeIfAbsent(day.behavesLike(), d -> new ArrayList<>()).add(day);
        }
        return map;
    }

    static <T> List<T> reversed(List<T> list) {
        var copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
