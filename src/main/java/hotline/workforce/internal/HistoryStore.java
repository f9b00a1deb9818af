package hotline.workforce.internal;

import hotline.workforce.AgentState;
import hotline.workforce.ContactInterval;
import hotline.workforce.Forecasts;
import hotline.workforce.WorkforceFeed;
import hotline.workforce.internal.forecast.Series;
import hotline.workforce.internal.forecast.SpecialDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history workforce learns from: contact intervals per queue and agent state observations. It is the
 * {@link WorkforceFeed} routing delivers to; it checks no roles because only system work and imports (already
 * authorised) reach it.
 */
@Service
@Transactional
public class HistoryStore implements WorkforceFeed {

    private final JdbcClient jdbc;
    private final Clock clock;

    HistoryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int recordIntervals(List<ContactInterval> intervals, String source) {
        var now = Timestamp.from(clock.instant());
        for (var i : intervals) {
            jdbc.sql("""
                            insert into workforce.contact_interval (queue_code, interval_start, interval_minutes, offered,
                                answered, abandoned, handle_seconds, abandoned_wait_seconds, answered_wait_seconds, source, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (queue_code, interval_minutes, interval_start) do update set
                                offered = excluded.offered, answered = excluded.answered, abandoned = excluded.abandoned,
                                handle_seconds = excluded.handle_seconds,
                                abandoned_wait_seconds = excluded.abandoned_wait_seconds,
                                answered_wait_seconds = excluded.answered_wait_seconds,
                                source = excluded.source, recorded_at = excluded.recorded_at""")
                    .params(i.queueCode(), Timestamp.from(i.start()), i.intervalMinutes(), i.offered(), i.answered(),
                            i.abandoned(), i.handleSeconds(), i.abandonedWaitSeconds(), i.answeredWaitSeconds(), source, now)
                    .update();
        }
        return intervals.size();
    }

    @Override
    public void recordAgentState(long userId, String state, Instant at) {
        jdbc.sql("""
                        insert into workforce.agent_state_event (user_id, state, at) values (?, ?, ?)
                        on conflict (user_id, at, state) do nothing""")
                .params(userId, AgentState.of(state).name(), Timestamp.from(at))
                .update();
    }

    @Transactional(readOnly = true)
    public List<String> queues() {
        return jdbc.sql("""
                        select queue_code from workforce.contact_interval group by queue_code
                        union select queue_code from workforce.queue_setting order by 1""")
                .query(String.class).list();
    }

    /** The interval length a queue's history is kept in: its setting, else the finest length stored. */
    @Transactional(readOnly = true)
    public int intervalMinutes(String queue) {
        return jdbc.sql("select interval_minutes from workforce.queue_setting where queue_code = ?").param(queue)
                .query(Integer.class).optional()
                .or(() -> jdbc.sql("select min(interval_minutes) from workforce.contact_interval where queue_code = ?")
                        .param(queue).query(Integer.class).optional())
                .orElse(30);
    }

    @Transactional(readOnly = true)
    public Series series(String queue, int intervalMinutes, ZoneId zone, Instant before) {
        var series = new Series(intervalMinutes, zone, specialDays(queue));
        jdbc.sql("""
                        select interval_start, offered, handle_seconds from workforce.contact_interval
                        where queue_code = ? and interval_minutes = ? and interval_start < ? order by interval_start""")
                .params(queue, intervalMinutes, Timestamp.from(before))
                .query((rs, n) -> series.add(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getDouble(3)))
                .list();
        return series;
    }

    @Transactional(readOnly = true)
    public List<ContactInterval> intervals(String queue, int intervalMinutes, Instant from, Instant to) {
        return jdbc.sql("""
                        select queue_code, interval_start, interval_minutes, offered, answered, abandoned, handle_seconds,
                               abandoned_wait_seconds, answered_wait_seconds
                        from workforce.contact_interval
                        where queue_code = ? and interval_minutes = ? and interval_start >= ? and interval_start < ?
                        order by interval_start""")
                .params(queue, intervalMinutes, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new ContactInterval(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)))
                .list();
    }

    /**
     * Mean patience of callers, assuming exponential patience censored by service (the maximum-likelihood
     * estimate): the time all queued callers waited, abandoned or answered, divided by the abandonments, over the
     * last 90 days. Null when nobody abandoned.
     */
    @Transactional(readOnly = true)
    public Double patienceSeconds(String queue) {
        return jdbc.sql("""
                        select case when sum(abandoned) > 0
                               then (sum(abandoned_wait_seconds) + sum(answered_wait_seconds)) / sum(abandoned) end
                        from workforce.contact_interval where queue_code = ? and interval_start > ?""")
                .params(queue, Timestamp.from(clock.instant().minusSeconds(90L * 86_400)))
                .query(Double.class).optional().orElse(null);
    }

    Map<LocalDate, SpecialDay> specialDays(String queue) {
        var map = new HashMap<LocalDate, SpecialDay>();
        jdbc.sql("""
                        select day, kind, behaves_like, factor from workforce.special_day
                        where queue_code is null or queue_code = ? order by queue_code nulls first""")
                .param(queue)
                .query((rs, n) -> map.put(rs.getDate(1).toLocalDate(), new SpecialDay(rs.getDate(1).toLocalDate(),
                        SpecialDay.Kind.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : DayOfWeek.valueOf(rs.getString(3)), rs.getDouble(4))))
                .list();
        return map;
    }

    @Transactional(readOnly = true)
    public List<StateChange> states(Instant from, Instant to) {
        return jdbc.sql("""
                        select user_id, state, at from workforce.agent_state_event e where at < ? and (at >= ? or at = (
                            select max(at) from workforce.agent_state_event p where p.user_id = e.user_id and p.at < ?))
                        order by user_id, at""")
                .params(Timestamp.from(to), Timestamp.from(from), Timestamp.from(from))
                .query((rs, n) -> new StateChange(rs.getLong(1), AgentState.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    public record StateChange(long userId, AgentState state, Instant at) {
    }

    static Forecasts.SpecialDayKind kind(String name) {
        return Forecasts.SpecialDayKind.valueOf(name);
    }
}
