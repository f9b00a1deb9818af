package hotline.incident;

import java.time.Instant;

/** The current interval of one category and area, against its expected level and control limit. */
public record TopicLoad(String category, String area, Instant intervalStart, int count, double expected, int limit) {

    /** How close the topic is to its limit: 1.0 and above is a hot issue. */
    public double load() {
        return limit == 0 ? 0 : (double) count / limit;
    }
}
