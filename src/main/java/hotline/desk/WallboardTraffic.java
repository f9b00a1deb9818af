package hotline.desk;

import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.routing.Routing;
import hotline.workforce.Forecasts;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * Today's traffic for the large display: offered contacts per half hour over all queues (routing's interval
 * statistics, at most a minute behind) and, where workforce holds a forecast for a queue of the same code, the
 * forecast summed over those queues. Queues without history simply add no forecast.
 */
@Component
class WallboardTraffic {

    /** Points are [epoch millis, contacts]. */
    record Today(List<double[]> actual, List<double[]> forecast, boolean hasForecast) {
    }

    private final Routing routing;
    private final Forecasts forecasts;
    private final CenterTime time;

    WallboardTraffic(Routing routing, Forecasts forecasts, CenterTime time) {
        this.routing = routing;
        this.forecasts = forecasts;
        this.time = time;
    }

    Today today() {
        var day = time.today();
        Instant from = time.startOfDay(day);
        Instant to = time.startOfDay(day.plusDays(1));
        var actual = new TreeMap<Long, Double>();
        for (var queue : routing.queues()) {
            for (var stat : routing.intervalStats(queue.id(), from, to, 30)) {
                actual.merge(stat.intervalStart().toEpochMilli(), (double) stat.offered(), Double::sum);
            }
        }
        var forecast = new TreeMap<Long, Double>();
        var known = SystemActor.call(forecasts::queues);
        for (var queue : routing.queues()) {
            var code = known.stream().filter(k -> k.equalsIgnoreCase(queue.code())).findFirst();
            if (code.isEmpty()) {
                continue;
            }
            hotline.workforce.Forecasts.QueueForecast answer;
            try {
                answer = SystemActor.call(() -> forecasts.forecastQueue(code.get(), day, 1));
            } catch (RuntimeException e) {
                continue;            // a queue whose history cannot be forecast yet adds nothing to the line
            }
            int minutes = answer.intervalMinutes();
            for (var point : answer.forecast()) {
                // intervals of 15 minutes add up into the half hour they belong to
                long start = point.start().toInstant().toEpochMilli();
                long halfHour = start - Math.floorMod(start - from.toEpochMilli(), 30 * 60_000L);
                forecast.merge(minutes <= 30 ? halfHour : start, point.contacts(), Double::sum);
            }
        }
        return new Today(points(actual), points(forecast), !forecast.isEmpty());
    }

    private static List<double[]> points(TreeMap<Long, Double> series) {
        return series.entrySet().stream().map(e -> new double[]{e.getKey(), e.getValue()}).toList();
    }

}
