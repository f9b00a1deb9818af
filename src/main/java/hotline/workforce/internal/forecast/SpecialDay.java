package hotline.workforce.internal.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A day that does not behave like its weekday. In history, holidays and incidents are left out of the methods so one
 * odd day does not bend the normal pattern, and a make-up working day (调休) counts as the weekday it stands for. In
 * the horizon, the day is forecast with the pattern of {@code behavesLike}, scaled by {@code factor}.
 */
public record SpecialDay(LocalDate date, Kind kind, DayOfWeek behavesLike, double factor) {

    public enum Kind {
        /** Public holiday: low traffic, forecast like a Sunday unless told otherwise. */
        HOLIDAY,
        /** A weekend day that is a working day (调休): forecast like the weekday it replaces. */
        MAKE_UP_WORKDAY,
        /** An incident (outage, campaign) that inflated traffic: history only, never forecast. */
        INCIDENT
    }

    public SpecialDay {
        if (behavesLike == null) {
            behavesLike = kind == Kind.HOLIDAY ? DayOfWeek.SUNDAY : date.getDayOfWeek();
        }
        if (!(factor > 0)) {
            factor = 1;
        }
    }

    boolean excludedFromHistory() {
        return kind != Kind.MAKE_UP_WORKDAY;
    }
}
