package hotline.workforce.internal.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a method per queue by backtest and forecasts contacts and handle time per interval. The backtest holds out
 * the last week of history (the last day when history is shorter than three weeks), fits every method on what came
 * before and scores it on the held-out intervals; the method with the lowest WAPE wins and is refitted on all of the
 * history. Only intervals in which the center is open are forecast: an interval is open when the same interval was
 * open on one of the last four days that behave alike.
 */
public final class Forecaster {

    public record Point(Instant start, double contacts, double ahtSeconds) {
    }

    /** Backtest error of one method: MAPE over intervals with contacts and WAPE, both as fractions; null if none. */
    public record Accuracy(Method method, Double mape, Double wape) {
    }

    public record Outcome(Method method, Double mape, Double wape, List<Accuracy> candidates, List<Point> points) {
    }

    private Forecaster() {
    }

    /** The next {@code count} open intervals after the history. */
    public static Outcome next(Series history, int count) {
        requireHistory(history);
        var choice = choose(history);
        var model = choice.method().fit(history);
        var points = new ArrayList<Point>();
        var minutes = history.intervalMinutes();
        LocalDateTime local = LocalDateTime.ofInstant(history.lastStart(), history.zone()).plusMinutes(minutes);
        long guard = (long) count + 8L * 7 * history.intervalsPerDay();
        for (long i = 0; points.size() < count && i < guard; i++, local = local.plusMinutes(minutes)) {
            point(history, model, local).ifPresent(points::add);
        }
        return outcome(choice, history, points);
    }

    /** Every open interval of the days {@code from} to {@code to}, inclusive. */
    public static Outcome days(Series history, LocalDate from, LocalDate to) {
        return days(history, from, to, null);
    }

    /** Like {@link #days(Series, LocalDate, LocalDate)} with a fixed method (null: chosen by backtest). */
    public static Outcome days(Series history, LocalDate from, LocalDate to, Method fixed) {
        requireHistory(history);
        var choice = fixed == null ? choose(history) : accuracy(history, fixed);
        var model = choice.method().fit(history);
        var points = new ArrayList<Point>();
        for (var local = from.atStartOfDay(); local.toLocalDate().isBefore(to.plusDays(1));
             local = local.plusMinutes(history.intervalMinutes())) {
            point(history, model, local).ifPresent(points::add);
        }
        return outcome(choice, history, points);
    }

    private static Outcome outcome(Accuracy choice, Series history, List<Point> points) {
        return new Outcome(choice.method(), choice.mape(), choice.wape(), backtest(history), List.copyOf(points));
    }

    private static java.util.Optional<Point> point(Series history, Method.Model model, LocalDateTime local) {
        LocalDate date = local.toLocalDate();
        DayOfWeek like = history.behavesLike(date);
        int slot = history.slotOf(local);
        if (!open(history, like, slot)) {
            return java.util.Optional.empty();
        }
        double contacts = model.contacts(like, slot) * history.factor(date);
        return java.util.Optional.of(new Point(local.atZone(history.zone()).toInstant(), contacts,
                aht(history, like, slot)));
    }

    /** The backtest of every method (empty when the history is too short to hold a day out). */
    public static List<Accuracy> backtest(Series history) {
        var result = new ArrayList<Accuracy>();
        if (holdoutStart(history) == null) {
            return result;
        }
        for (var method : Method.values()) {
            result.add(accuracy(history, method));
        }
        return result;
    }

    static Accuracy choose(Series history) {
        Accuracy best = null;
        for (var candidate : backtest(history)) {
            if (best == null || candidate.wape() != null
                    && (best.wape() == null || candidate.wape() < best.wape() - 1e-12)) {
                best = candidate;
            }
        }
        return best != null ? best : new Accuracy(Method.WEEKDAY_AVERAGE, null, null);
    }

    static Accuracy accuracy(Series history, Method method) {
        LocalDate cut = holdoutStart(history);
        if (cut == null) {
            return new Accuracy(method, null, null);
        }
        var model = method.fit(history.before(cut));
        double absolute = 0;
        double actual = 0;
        double percentSum = 0;
        int percentN = 0;
        for (var date = cut; !date.isAfter(history.lastDate()); date = date.plusDays(1)) {
            if (history.isExcluded(date)) {
                continue;
            }
            for (int slot = 0; slot < history.intervalsPerDay(); slot++) {
                double y = history.observed(date, slot);
                if (Double.isNaN(y)) {
                    continue;
                }
                double f = model.contacts(history.behavesLike(date), slot) * history.factor(date);
                absolute += Math.abs(y - f);
                actual += y;
                if (y > 0) {
                    percentSum += Math.abs(y - f) / y;
                    percentN++;
                }
            }
        }
        return new Accuracy(method, percentN == 0 ? null : percentSum / percentN,
                actual == 0 ? null : absolute / actual);
    }

    static LocalDate holdoutStart(Series history) {
        long span = history.lastDate().toEpochDay() - history.firstDate().toEpochDay() + 1;
        if (span >= 21) {
            return history.lastDate().minusDays(6);
        }
        return span >= 3 ? history.lastDate() : null;
    }

    static boolean open(Series history, DayOfWeek like, int slot) {
        int seen = 0;
        var days = history.days();
        var last = LocalDateTime.ofInstant(history.lastStart(), history.zone());
        for (int i = days.size() - 1; i >= 0 && seen < Method.RECENT_WEEKS; i--) {
            var day = days.get(i);
            boolean unfinished = day.date().equals(last.toLocalDate()) && slot > history.slotOf(last);
            if (day.behavesLike() == like && !unfinished) {   // the history's last day says nothing of its later hours
                seen++;
                if (!Double.isNaN(day.contacts()[slot])) {
                    return true;
                }
            }
        }
        if (seen > 0) {
            return false;
        }
        for (var day : days) {
            if (!Double.isNaN(day.contacts()[slot])) {
                return true;
            }
        }
        return false;
    }

    /** Handle time: contact-weighted over the last four alike days at this interval, else over all history. */
    static double aht(Series history, DayOfWeek like, int slot) {
        double handle = 0;
        double contacts = 0;
        int seen = 0;
        var days = history.days();
        for (int i = days.size() - 1; i >= 0 && seen < Method.RECENT_WEEKS; i--) {
            var day = days.get(i);
            if (day.behavesLike() == like && !Double.isNaN(day.contacts()[slot])) {
                seen++;
                handle += day.handleSeconds()[slot];
                contacts += day.contacts()[slot];
            }
        }
        if (contacts > 0 && handle > 0) {
            return handle / contacts;
        }
        handle = 0;
        contacts = 0;
        for (var day : days) {
            for (int s = 0; s < day.contacts().length; s++) {
                if (!Double.isNaN(day.contacts()[s])) {
                    handle += day.handleSeconds()[s];
                    contacts += day.contacts()[s];
                }
            }
        }
        return contacts > 0 && handle > 0 ? handle / contacts : 0;
    }

    private static void requireHistory(Series history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no history to forecast from");
        }
    }
}
