package hotline.routing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.platform.db.RetentionRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Computes the 15- and 30-minute interval statistics per queue and per agent from the contact records and the state
 * history, and stores them (upserts: recomputing an interval gives the same row). A recurring db-scheduler task
 * recomputes the last hour every minute, so the current interval is at most a minute behind and a restart loses
 * nothing: the figures are always derived from the records.
 */
@Component
class IntervalStatistics {

    private static final String QUEUES = """
            insert into routing.queue_interval_stat (queue_id, interval_minutes, interval_start, offered, answered,
                abandoned, answered_in_target, service_level, asa_seconds, aht_seconds, longest_wait_seconds, computed_at,
                abandoned_after_target, handled, handle_seconds)
            select queue_id, cast(:m as int), bucket, count(*), count(answered_at),
                count(*) filter (where outcome = 'ABANDONED'),
                count(*) filter (where answered_at is not null and wait_seconds <= sl),
                (count(*) filter (where answered_at is not null and wait_seconds <= sl))::double precision
                    / nullif(count(answered_at) + count(*) filter (where outcome = 'ABANDONED' and wait_seconds > sl), 0),
                avg(wait_seconds) filter (where answered_at is not null),
                avg(talk_seconds + coalesce(wrap_up_seconds, 0)) filter (where talk_seconds is not null),
                max(wait_seconds), cast(:now as timestamptz),
                count(*) filter (where outcome = 'ABANDONED' and wait_seconds > sl),
                count(talk_seconds), coalesce(sum(talk_seconds + coalesce(wrap_up_seconds, 0)), 0)
            from (select c.*, q.service_level_seconds as sl,
                      to_timestamp(floor(extract(epoch from c.arrived_at) / (cast(:m as int) * 60)) * (cast(:m as int) * 60)) as bucket
                  from routing.contact c join routing.queue q on q.id = c.queue_id
                  where c.arrived_at >= cast(:since as timestamptz) and c.direction = 'INBOUND') x
            group by queue_id, bucket
            on conflict (queue_id, interval_minutes, interval_start) do update set offered = excluded.offered,
                answered = excluded.answered, abandoned = excluded.abandoned,
                answered_in_target = excluded.answered_in_target, service_level = excluded.service_level,
                asa_seconds = excluded.asa_seconds, aht_seconds = excluded.aht_seconds,
                longest_wait_seconds = excluded.longest_wait_seconds, computed_at = excluded.computed_at,
                abandoned_after_target = excluded.abandoned_after_target, handled = excluded.handled,
                handle_seconds = excluded.handle_seconds
            """;

    private static final String AGENTS = """
            with s as (
                select user_id, state, started_at,
                       coalesce(lead(started_at) over (partition by user_id order by started_at, id), cast(:now as timestamptz)) as ended_at
                from routing.agent_state_history where started_at >= cast(:since as timestamptz) - interval '1 day'
            ), parts as (
                select user_id, state, gs as bucket,
                       extract(epoch from least(ended_at, gs + make_interval(mins => cast(:m as int))) - greatest(started_at, gs)) as secs
                from s, generate_series(to_timestamp(floor(extract(epoch from started_at) / (cast(:m as int) * 60)) * (cast(:m as int) * 60)),
                                        ended_at, make_interval(mins => cast(:m as int))) gs
                where ended_at > cast(:since as timestamptz) and gs < ended_at
            ), states as (
                select user_id, bucket,
                       coalesce(sum(secs) filter (where state not in ('LOGGED_OUT', 'NOT_READY')), 0) as staffed,
                       coalesce(sum(secs) filter (where state in ('RESERVED', 'ON_CONTACT', 'WRAP_UP')), 0) as busy,
                       coalesce(sum(secs) filter (where state = 'NOT_READY'), 0) as not_ready
                from parts where bucket >= cast(:since as timestamptz) group by user_id, bucket
            ), handled as (
                select agent_id as user_id,
                       to_timestamp(floor(extract(epoch from ended_at) / (cast(:m as int) * 60)) * (cast(:m as int) * 60)) as bucket,
                       count(*) as handled, coalesce(sum(talk_seconds), 0) as talk
                from routing.contact where outcome = 'HANDLED' and ended_at >= cast(:since as timestamptz) group by 1, 2
            )
            insert into routing.agent_interval_stat (user_id, interval_minutes, interval_start, handled, talk_seconds,
                staffed_seconds, busy_seconds, not_ready_seconds, occupancy, computed_at)
            select coalesce(s.user_id, h.user_id), cast(:m as int), coalesce(s.bucket, h.bucket), coalesce(h.handled, 0),
                   coalesce(h.talk, 0), coalesce(s.staffed, 0), coalesce(s.busy, 0), coalesce(s.not_ready, 0),
                   s.busy / nullif(s.staffed, 0), cast(:now as timestamptz)
            from states s full join handled h on h.user_id = s.user_id and h.bucket = s.bucket
            on conflict (user_id, interval_minutes, interval_start) do update set handled = excluded.handled,
                talk_seconds = excluded.talk_seconds, staffed_seconds = excluded.staffed_seconds,
                busy_seconds = excluded.busy_seconds, not_ready_seconds = excluded.not_ready_seconds,
                occupancy = excluded.occupancy, computed_at = excluded.computed_at
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoutingEngine engine;

    IntervalStatistics(JdbcClient jdbc, Clock clock, RoutingEngine engine) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.engine = engine;
    }

    /** Recomputes every interval from the one holding {@code since} up to now. */
    @Transactional
    void recompute(Instant since) {
        engine.flush();
        var now = Timestamp.from(clock.instant());
        for (int minutes : new int[]{15, 30}) {
            long step = minutes * 60L;
            var start = Timestamp.from(Instant.ofEpochSecond(Math.floorDiv(since.getEpochSecond(), step) * step));
            jdbc.sql(QUEUES).param("m", minutes).param("since", start).param("now", now).update();
            jdbc.sql(AGENTS).param("m", minutes).param("since", start).param("now", now).update();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> routingIntervalStatistics(IntervalStatistics statistics, Clock clock,
                                                      @Value("${hotline.routing.statistics-interval:PT1M}") Duration every) {
            return Tasks.recurring("routing-interval-statistics", FixedDelay.of(every))
                    .execute((instance, context) -> statistics.recompute(clock.instant().minus(Duration.ofHours(1))));
        }

        /** The state history these statistics are computed from is kept for 400 days; the statistics stay. */
        @Bean
        RetentionRule agentStateHistoryRetention(
                @Value("${hotline.routing.state-history-retention:P400D}") Duration keep) {
            return new RetentionRule("routing.agent_state_history", "started_at", keep);
        }
    }
}
