package hotline.incident.internal;

import hotline.incident.HotIssueDetected;
import hotline.incident.HotIssueReport;
import hotline.incident.HotIssueView;
import hotline.incident.HotIssues;
import hotline.incident.Notification;
import hotline.incident.TopicLoad;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hot-issue detection over PostgreSQL: counts and baselines are rows, so detection carries on after a restart and
 * works the same on every node. An interval's count is counted from the observations, the baseline row is locked only
 * while it moves on to a new interval.
 */
@Service
@Transactional
class HotIssueDetection implements HotIssues {

    static final String LEADS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";
    private static final int MAX_PAGE = 200;

    private final JdbcClient jdbc;
    private final HotIssueDetector detector;
    private final LeadAlerts notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotIssueDetection(JdbcClient jdbc, HotIssueDetector detector, LeadAlerts notifications,
                      ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.detector = detector;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void observe(String category, String area, Instant at, String reference) {
        if (category == null || category.isBlank() || category.length() > 100) {
            throw InvalidInputException.of("category", "NotBlank", "a category of 1 to 100 characters is required");
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw InvalidInputException.of("reference", "NotBlank", "a reference of 1 to 100 characters is required");
        }
        record(category, area, at, reference, null);
    }

    /**
     * Records one observation and checks its topic; {@code reportedBy} names the agent who flagged it (null for the
     * automatic ones). A reference is flagged once: answers false, recording nothing, when it was flagged before.
     * Callers check the input and the caller's rights.
     */
    public boolean record(String category, String area, Instant at, String reference, String reportedBy) {
        String cat = category.strip();
        String where = area == null || area.isBlank() ? "-" : area.strip();
        Instant when = at == null ? clock.instant() : at;
        Instant bucket = detector.bucket(when);
        int inserted = jdbc.sql("""
                        insert into incident.hot_issue_observation (category, area, at, reference, reported_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (reference) where reported_by is not null do nothing""")
                .params(cat, where, utc(when), reference.strip(), reportedBy).update();
        if (inserted == 0) {
            return false;
        }
        if (raised(cat, where, bucket)) {
            // the rest of a storm: recorded for the hot issue's references, without counting the interval again (a
            // count that grows with the storm, when intake matters most)
            return true;
        }
        int count = countOf(cat, where, bucket);
        double expected = expectedBefore(cat, where, bucket);
        if (detector.hot(count, expected)) {
            detected(cat, where, bucket, count, expected);
        }
        return true;
    }

    /** The flagged observation of a reference, if an agent reported it. */
    @Transactional(readOnly = true)
    public Optional<HotIssueReport> reportOf(String reference) {
        return jdbc.sql("""
                        select category, area, at, reference, reported_by from incident.hot_issue_observation
                        where reference = ? and reported_by is not null""")
                .param(reference)
                .query((rs, n) -> new HotIssueReport(rs.getString("reference"), rs.getString("category"),
                        rs.getString("area"), rs.getTimestamp("at").toInstant(), rs.getString("reported_by")))
                .optional();
    }

    /**
     * Moves the baseline on to this interval if it is new, and answers the level expected for it. Only the first
     * observation of an interval locks the baseline row; the others read it, so a storm of contacts on one topic does
     * not queue on that row.
     */
    private double expectedBefore(String category, String area, Instant bucket) {
        var baseline = baseline(category, area, false);
        if (baseline.isEmpty()) {
            jdbc.sql("""
                            insert into incident.hot_issue_baseline (category, area, mean, last_bucket) values (?, ?, 0, ?)
                            on conflict do nothing""")
                    .params(category, area, utc(bucket)).update();
        } else if (!baseline.get().lastBucket().isBefore(bucket)) {
            return baseline.get().mean();
        }
        var locked = baseline(category, area, true).orElseThrow();
        if (!locked.lastBucket().isBefore(bucket)) {
            return locked.mean();
        }
        int lastCount = countOf(category, area, locked.lastBucket());
        double mean = detector.roll(locked.mean(), lastCount,
                detector.intervalsBetween(locked.lastBucket(), bucket) - 1);
        jdbc.sql("update incident.hot_issue_baseline set mean = ?, last_bucket = ? where category = ? and area = ?")
                .params(mean, utc(bucket), category, area).update();
        return mean;
    }

    private Optional<Baseline> baseline(String category, String area, boolean lock) {
        return jdbc.sql("select mean, last_bucket from incident.hot_issue_baseline where category = ? and area = ?"
                        + (lock ? " for update" : ""))
                .params(category, area)
                .query((rs, n) -> new Baseline(rs.getDouble("mean"), rs.getTimestamp("last_bucket").toInstant()))
                .optional();
    }

    private record Baseline(double mean, Instant lastBucket) {
    }

    /**
     * The contacts of one topic in one interval, counted from the observations themselves (an index range): no counter
     * row that every transaction of a storm would have to lock in turn.
     */
    private int countOf(String category, String area, Instant bucket) {
        return jdbc.sql("""
                        select count(*) from incident.hot_issue_observation
                        where category = ? and area = ? and at >= ? and at < ?""")
                .params(category, area, utc(bucket), utc(bucket.plus(detector.interval())))
                .query(Integer.class).single();
    }

    /**
     * Whether this interval of the topic is already hot: once it is, every further contact of the storm is answered
     * by this read, without counting and without waiting on the insert of the transaction that raised it.
     */
    private boolean raised(String category, String area, Instant bucket) {
        return jdbc.sql("""
                        select exists (select 1 from incident.hot_issue
                                       where category = ? and area = ? and bucket_start = ?)""")
                .params(category, area, utc(bucket)).query(Boolean.class).single();
    }

    private void detected(String category, String area, Instant bucket, int count, double expected) {
        int limit = detector.limit(expected);
        var id = jdbc.sql("""
                        insert into incident.hot_issue
                            (category, area, bucket_start, count, expected, control_limit, detected_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (category, area, bucket_start) do nothing returning id""")
                .params(category, area, utc(bucket), count, expected, limit, utc(clock.instant()))
                .query(Long.class).optional();
        id.ifPresent(hotIssueId -> {
            notifications.notifyLeads("HOT_ISSUE", category + " · " + area, "/hot-issues/" + hotIssueId);
            events.publishEvent(new HotIssueDetected(hotIssueId, category, area, bucket, count, expected, limit));
        });
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public List<HotIssueView> recent(Duration window) {
        return recent(window, 0, MAX_PAGE);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public List<HotIssueView> recent(Duration window, int offset, int limit) {
        if (offset < 0) {
            throw InvalidInputException.of("offset", "Min", "must not be negative");
        }
        return jdbc.sql("""
                        select * from incident.hot_issue where detected_at >= ?
                        order by detected_at desc, id desc offset ? limit ?""")
                .params(utc(clock.instant().minus(window)), offset, Math.max(1, Math.min(limit, MAX_PAGE)))
                .query(this::view).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public HotIssueView get(long id) {
        return jdbc.sql("select * from incident.hot_issue where id = ?").param(id).query(this::view).optional()
                .orElseThrow(() -> new NotFoundException("hot issue", id));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public List<String> references(long id) {
        var issue = get(id);
        return jdbc.sql("""
                        select reference from incident.hot_issue_observation
                        where category = ? and area = ? and at >= ? and at < ?
                        group by reference order by min(at), min(id) limit 1000""")
                .params(issue.category(), issue.area(), utc(issue.intervalStart()), utc(issue.intervalEnd()))
                .query(String.class).list();
    }

    @Override
    @PreAuthorize(LEADS)
    public void acknowledge(long id) {
        get(id);
        jdbc.sql("""
                        update incident.hot_issue set acknowledged_at = ?, acknowledged_by = ?
                        where id = ? and acknowledged_at is null""")
                .params(utc(clock.instant()), CurrentUser.actor().username(), id).update();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public List<TopicLoad> forming(int limit) {
        Instant bucket = detector.bucket(clock.instant());
        return jdbc.sql("""
                        select c.category, c.area, c.count, b.mean, b.last_bucket
                        from (select category, area, count(*) as count from incident.hot_issue_observation
                              where at >= ? and at < ? group by category, area) c
                        left join incident.hot_issue_baseline b on b.category = c.category and b.area = c.area""")
                .params(utc(bucket), utc(bucket.plus(detector.interval())))
                .query((rs, n) -> {
                    double mean = rs.getDouble("mean");
                    Timestamp last = rs.getTimestamp("last_bucket");
                    if (last != null && last.toInstant().isBefore(bucket)) {
                        // no contact yet in this interval moved the baseline: treat the gap as closed intervals
                        mean = detector.roll(mean, 0, detector.intervalsBetween(last.toInstant(), bucket) - 1);
                    }
                    return new TopicLoad(rs.getString("category"), rs.getString("area"), bucket, rs.getInt("count"),
                            mean, detector.limit(mean));
                })
                .list().stream()
                .sorted(Comparator.comparingDouble(TopicLoad::load).reversed())
                .limit(Math.max(1, limit))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(LEADS)
    public List<Notification> notifications(int limit) {
        return notifications.latest(limit);
    }

    private HotIssueView view(ResultSet rs, int n) throws SQLException {
        Instant start = rs.getTimestamp("bucket_start").toInstant();
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new HotIssueView(rs.getLong("id"), rs.getString("category"), rs.getString("area"), start,
                start.plus(detector.interval()), rs.getInt("count"), rs.getDouble("expected"),
                rs.getInt("control_limit"), rs.getTimestamp("detected_at").toInstant(),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"),
                (Long) rs.getObject("incident_id"));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
