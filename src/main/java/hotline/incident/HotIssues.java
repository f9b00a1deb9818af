package hotline.incident;

import java.time.Duration;
import java.util.List;

/**
 * Hot-issue detection (热点). Work orders and contacts report each observation — its category, the caller's area, the
 * time and their own reference — through {@link #observe}; counts per category, area and interval are persisted and
 * compared with an EWMA of the past intervals under a Poisson control limit (ADR 0054). Crossing the limit records a
 * hot issue once per interval, notifies the leads and publishes {@link HotIssueDetected}.
 */
public interface HotIssues {

    void observe(String category, String area, java.time.Instant at, String reference);

    /** Hot issues detected within the window, newest first (at most 200). */
    List<HotIssueView> recent(Duration window);

    /** One page of the hot issues detected within the window, newest first; {@code limit} is capped at 200. */
    List<HotIssueView> recent(Duration window, int offset, int limit);

    HotIssueView get(long id);

    /** The contacts and work orders behind a hot issue (their references, each once), oldest first. */
    List<String> references(long id);

    void acknowledge(long id);

    /** Topics of the current interval with the most load, hottest first. */
    List<TopicLoad> forming(int limit);

    List<Notification> notifications(int limit);
}
