package hotline.incident.internal;

import hotline.incident.HotIssueDetected;
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

/**
 * Hot-issue detection over PostgreSQL: counts and baselines are rows, so detection carries on after a restart and
 * works the same on every node (the count is an atomic upsert, the baseline row is locked while it moves on).
 */
@Service
@Transactional
class HotIssueDetection implements HotIssues {

    static final String LEADS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','MANAGER')";

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
        String cat = category.strip();
        String where = area == null || area.isBlank() ? "-" : area.strip();
        Instant when = at == null ? clock.instant() : at;
        Instant bucket = detector.bucket(when);
        jdbc.sql("insert into incident.hot_issue_observation (category, area, at, reference) values (?, ?, ?, ?)")
                .params(cat, where, utc(when), reference.strip()).update();
        int count = jdbc.sql("""
                        insert into incident.hot_issue_count (category, area, bucket_start, count) values (?, ?, ?, 1)
                        on conflict (category, area, bucket_start) do update set count = hot_issue_count.count + 1
                        returning count""")
                .params(cat, where, utc(bucket)).query(Integer.class).single();
        double expected = expectedBefore(cat, where, bucket);
        if (detector.hot(count, expected)) {
            detected(cat, where, bucket, count, expected);
        }
    }

    /** Moves the baseline on to this interval if it is new, and answers the level expected for it. */
    private double expectedBefore(String category, String area, Instant bucket) {
        jdbc.sql("""
                        insert into incident.hot_issue_baseline (category, area, mean, last_bucket) values (?, ?, 0, ?)
                        on conflict do nothing""")
                .params(category, area, utc(bucket)).update();
        var baseline = jdbc.sql("""
                        select mean, last_bucket from incident.hot_issue_baseline
                        where category = ? and area = ? for update""")
                .params(category, area)
                .query((rs, n) -> new Baseline(rs.getDouble("mean"), rs.getTimestamp("last_bucket").toInstant()))
                .single();
        if (!baseline.lastBucket().isBefore(bucket)) {
            return baseline.mean();
        }
        int lastCount = countOf(category, area, baseline.lastBucket());
        double mean = detector.roll(baseline.mean(), lastCount,
                detector.intervalsBetween(baseline.lastBucket(), bucket) - 1);
        jdbc.sql("update incident.hot_issue_baseline set mean = ?, last_bucket = ? where category = ? and area = ?")
                .params(mean, utc(bucket), category, area).update();
        return mean;
    }

    private record Baseline(double mean, Instant lastBucket) {
    }

    private int countOf(String category, String area, Instant bucket) {
        return jdbc.sql("select count from incident.hot_issue_count where category = ? and area = ? and bucket_start = ?")
                .params(category, area, utc(bucket)).query(Integer.class).optional().orElse(0);
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
        return jdbc.sql("select * from incident.hot_issue where detected_at >= ? order by detected_at desc limit 200")
                .param(utc(clock.instant().minus(window))).query(this::view).list();
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
                        where category = ? and area = ? and at >= ? and at < ? order by at, id limit 1000""")
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
                        from incident.hot_issue_count c
                        left join incident.hot_issue_baseline b on b.category = c.category and b.area = c.area
                        where c.bucket_start = ?""")
                .param(utc(bucket))
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
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
