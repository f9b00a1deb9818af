package hotline.routing.internal;

import hotline.organization.AgentView;
import hotline.organization.Channel;
import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.routing.AgentIntervalStat;
import hotline.routing.AgentState;
import hotline.routing.ContactQuery;
import hotline.routing.ContactRecord;
import hotline.routing.ContactStatus;
import hotline.routing.IntervalStat;
import hotline.routing.Outcome;
import hotline.routing.QueueDraft;
import hotline.routing.QueueTotals;
import hotline.routing.QueueView;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.ReasonCodeView;
import hotline.routing.Strategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Routing's tables: queues, reason codes, assignments, and the reads of contact records and statistics. */
@Repository
class RoutingStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RoutingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- queues ---------------------------------------------------------------------------------------------------

    List<QueueView> queues() {
        var skills = new HashMap<Long, Map<String, Integer>>();
        jdbc.sql("select queue_id, skill_code, min_proficiency from routing.queue_skill order by skill_code")
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return jdbc.sql("select * from routing.queue order by code")
                .query((rs, n) -> queue(rs, skills.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    QueueView queue(long id) {
        return queues().stream().filter(q -> q.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("queue", id));
    }

    private static QueueView queue(ResultSet rs, Map<String, Integer> skills) throws SQLException {
        return new QueueView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                Channel.valueOf(rs.getString("channel")), skills, rs.getInt("priority"),
                Strategy.valueOf(rs.getString("strategy")), rs.getInt("service_level_percent"),
                rs.getInt("service_level_seconds"), (Integer) rs.getObject("max_wait_seconds"),
                (Long) rs.getObject("overflow_queue_id"), rs.getBoolean("overflow_to_callback"),
                (Integer) rs.getObject("relax_after_seconds"), rs.getInt("relaxed_min_proficiency"),
                rs.getInt("wrap_up_seconds"), rs.getInt("ring_timeout_seconds"), rs.getBoolean("enabled"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    long insertQueue(QueueDraft d) {
        var now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into routing.queue (code, name, channel, priority, strategy, service_level_percent,
                            service_level_seconds, max_wait_seconds, overflow_queue_id, overflow_to_callback,
                            relax_after_seconds, relaxed_min_proficiency, wrap_up_seconds, ring_timeout_seconds, enabled,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code(), d.name(), d.channel().name(), d.priority(), d.strategy().name(),
                        d.serviceLevelPercent(), d.serviceLevelSeconds(), d.maxWaitSeconds(), d.overflowQueueId(),
                        d.overflowToCallback(), d.relaxAfterSeconds(), d.relaxedMinProficiency(), d.wrapUpSeconds(),
                        d.ringTimeoutSeconds(), d.enabled(), now, now)
                .query(Long.class).single();
        writeSkills(id, d.requiredSkills());
        return id;
    }

    void updateQueue(long id, QueueDraft d) {
        int updated = jdbc.sql("""
                        update routing.queue set name = ?, channel = ?, priority = ?, strategy = ?,
                            service_level_percent = ?, service_level_seconds = ?, max_wait_seconds = ?,
                            overflow_queue_id = ?, overflow_to_callback = ?, relax_after_seconds = ?,
                            relaxed_min_proficiency = ?, wrap_up_seconds = ?, ring_timeout_seconds = ?, enabled = ?,
                            updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(d.name(), d.channel().name(), d.priority(), d.strategy().name(), d.serviceLevelPercent(),
                        d.serviceLevelSeconds(), d.maxWaitSeconds(), d.overflowQueueId(), d.overflowToCallback(),
                        d.relaxAfterSeconds(), d.relaxedMinProficiency(), d.wrapUpSeconds(), d.ringTimeoutSeconds(),
                        d.enabled(), Timestamp.from(clock.instant()), id, d.version())
                .update();
        if (updated == 0) {
            var current = queue(id);
            throw ConflictException.staleVersion("queue", current.code(), d.version(), current.version());
        }
        jdbc.sql("delete from routing.queue_skill where queue_id = ?").param(id).update();
        writeSkills(id, d.requiredSkills());
    }

    private void writeSkills(long queueId, Map<String, Integer> skills) {
        skills.forEach((code, min) -> jdbc.sql(
                        "insert into routing.queue_skill (queue_id, skill_code, min_proficiency) values (?, ?, ?)")
                .params(queueId, code, min).update());
    }

    boolean queueCodeTaken(String code) {
        return jdbc.sql("select count(*) from routing.queue where code = ?").param(code).query(Long.class).single() > 0;
    }

    static QueueRules rules(QueueView q) {
        return new QueueRules(q.id(), q.code(), q.channel(), q.enabled() ? q.requiredSkills()
                : Map.of("\u0000disabled", 99), q.priority(), q.strategy(), q.serviceLevelSeconds(),
                q.relaxAfterSeconds() == null ? null : Duration.ofSeconds(q.relaxAfterSeconds()),
                q.relaxedMinProficiency(), q.maxWaitSeconds() == null ? null : Duration.ofSeconds(q.maxWaitSeconds()),
                q.overflowQueueId(), q.overflowToCallback(), Duration.ofSeconds(q.wrapUpSeconds()),
                Duration.ofSeconds(q.ringTimeoutSeconds()));
    }

    // ---- reason codes ---------------------------------------------------------------------------------------------

    List<ReasonCodeView> reasonCodes() {
        return jdbc.sql("select * from routing.reason_code order by code").query((rs, n) -> new ReasonCodeView(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("productive"),
                rs.getBoolean("enabled"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"))).list();
    }

    ReasonCodeView reasonCode(long id) {
        return reasonCodes().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("reason code", id));
    }

    long insertReasonCode(ReasonCodeDraft d) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into routing.reason_code (code, name, productive, enabled, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code(), d.name(), d.productive(), d.enabled(), now, now).query(Long.class).single();
    }

    void updateReasonCode(long id, ReasonCodeDraft d) {
        int updated = jdbc.sql("""
                        update routing.reason_code set name = ?, productive = ?, enabled = ?, updated_at = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(d.name(), d.productive(), d.enabled(), Timestamp.from(clock.instant()), id, d.version())
                .update();
        if (updated == 0) {
            var current = reasonCode(id);
            throw ConflictException.staleVersion("reason code", current.code(), d.version(), current.version());
        }
    }

    // ---- assignments ----------------------------------------------------------------------------------------------

    void assign(long userId, List<Long> queueIds) {
        jdbc.sql("delete from routing.agent_queue where user_id = ?").param(userId).update();
        queueIds.forEach(q -> jdbc.sql("insert into routing.agent_queue (user_id, queue_id) values (?, ?)")
                .params(userId, q).update());
    }

    // ---- rebuild --------------------------------------------------------------------------------------------------

    /**
     * Fills an empty router from the tables: queues, agents with their skills, assignments and last state, today's
     * counters, and the open contacts. Voice calls that were under way cannot survive the restart of the in-process
     * switch: they are returned as effects that close them INTERRUPTED; written contacts go back to their queues.
     */
    List<Effect> rebuild(Router router, List<AgentView> agents, Instant now) {
        var queues = queues();
        queues.forEach(q -> router.defineQueue(rules(q), now));
        var assigned = new HashMap<Long, Set<Long>>();
        jdbc.sql("select user_id, queue_id from routing.agent_queue").query(rs -> {
            assigned.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
        });
        for (var agent : agents) {
            router.upsertAgent(agent.userId(), agent.username(), agent.skills(), now);
            if (assigned.containsKey(agent.userId())) {
                router.assignQueues(agent.userId(), assigned.get(agent.userId()), now);
            }
        }
        jdbc.sql("select user_id, state, reason, since from routing.agent_state").query(rs -> {
            var agent = router.agent(rs.getLong(1));
            if (agent != null) {
                var state = AgentState.valueOf(rs.getString(2));
                if (state == AgentState.RESERVED || state == AgentState.ON_CONTACT) {
                    state = AgentState.WRAP_UP;      // their call was lost with the restart
                }
                router.restoreState(agent.id, state, rs.getString(3), rs.getTimestamp(4).toInstant(), now);
            }
        });
        router.drain();
        var startOfDay = now.atZone(router.counters().zone()).toLocalDate().atStartOfDay(router.counters().zone())
                .toInstant();
        jdbc.sql("""
                        select queue_id, count(*), count(answered_at), count(*) filter (where outcome = 'ABANDONED'),
                            count(*) filter (where answered_at is not null and wait_seconds <= q.service_level_seconds),
                            count(*) filter (where outcome = 'ABANDONED' and wait_seconds <= q.service_level_seconds),
                            coalesce(sum(wait_seconds) filter (where answered_at is not null), 0)
                        from routing.contact c join routing.queue q on q.id = c.queue_id
                        where arrived_at >= ? and c.direction = 'INBOUND' group by queue_id""")
                .param(Timestamp.from(startOfDay)).query(rs -> {
                    var today = router.counters().today(rs.getLong(1), now);
                    today.offered = rs.getLong(2);
                    today.answered = rs.getLong(3);
                    today.abandoned = rs.getLong(4);
                    today.answeredInTarget = rs.getLong(5);
                    today.abandonedInTarget = rs.getLong(6);
                    today.waitMillis = (long) (rs.getDouble(7) * 1000);
                });
        var effects = new ArrayList<Effect>();
        for (var open : openContacts()) {
            if (open.channel() == Channel.VOICE || open.channel() == Channel.VIDEO) {
                effects.add(RoutingEngine.interrupted(open, now));
            } else {
                router.enqueueRestored(open, now);
            }
        }
        router.drain();
        return effects;
    }

    private List<ContactSnapshot> openContacts() {
        return jdbc.sql("select * from routing.contact where status <> 'ENDED' order by arrived_at")
                .query((rs, n) -> new ContactSnapshot(rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")), rs.getLong("queue_id"), rs.getString("queue_code"),
                        ContactStatus.valueOf(rs.getString("status")), rs.getString("call_id"),
                        rs.getString("leg_id"), rs.getString("caller_number"), rs.getString("called_number"),
                        rs.getInt("priority"), (Long) rs.getObject("customer_id"),
                        (Long) rs.getObject("work_order_id"), instant(rs, "arrived_at"),
                        instant(rs, "waiting_since"), instant(rs, "routed_at"), instant(rs, "answered_at"),
                        instant(rs, "ended_at"), (Long) rs.getObject("agent_id"), null, rs.getString("disposition"),
                        rs.getInt("offers"), rs.getInt("no_answers"), null, rs.getDouble("hold_seconds"),
                        rs.getBoolean("transferred"), "OUTBOUND".equals(rs.getString("direction"))))
                .list();
    }

    // ---- contact records ------------------------------------------------------------------------------------------

    List<ContactRecord> contacts(ContactQuery q) {
        var sql = new StringBuilder("select * from routing.contact where true");
        var params = new ArrayList<Object>();
        if (q.queueId() != null) {
            sql.append(" and queue_id = ?");
            params.add(q.queueId());
        }
        if (q.agentId() != null) {
            sql.append(" and agent_id = ?");
            params.add(q.agentId());
        }
        if (q.customerId() != null) {
            sql.append(" and customer_id = ?");
            params.add(q.customerId());
        }
        if (q.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(q.outcome().name());
        }
        if (q.from() != null) {
            sql.append(" and arrived_at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and arrived_at < ?");
            params.add(Timestamp.from(q.to()));
        }
        sql.append(" order by arrived_at desc, id limit ?");
        params.add(q.limit() == null ? 100 : q.limit());
        return jdbc.sql(sql.toString()).params(params).query(RoutingStore::contact).list();
    }

    ContactRecord contact(UUID id) {
        return jdbc.sql("select * from routing.contact where id = ?").param(id).query(RoutingStore::contact)
                .optional().orElseThrow(() -> new NotFoundException("contact", id));
    }

    /**
     * The most recent contacts (at most {@code max}) whose caller number, as delivered, has one of these digit strings
     * ({@code +} counted as {@code 00}, like {@link hotline.customer.PhoneNumbers#notations}); served by the index
     * {@code contact_caller_digits_idx} on the same expression.
     */
    List<UUID> contactsFrom(Collection<String> digits, int max) {
        return jdbc.sql("""
                        select id from routing.contact
                        where caller_number is not null
                          and regexp_replace(regexp_replace(caller_number, '^\\s*\\+', '00'), '[^0-9]', '', 'g') = any(?)
                        order by arrived_at desc limit ?""")
                .params(digits.toArray(new String[0]), max).query(UUID.class).list();
    }

    /** The caller number of each of these contacts that has one, as the switch delivered it. */
    Map<UUID, String> callerNumbers(Collection<UUID> ids) {
        var numbers = new HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return numbers;
        }
        jdbc.sql("select id, caller_number from routing.contact where id = any(?) and caller_number is not null")
                .param(ids.toArray(new UUID[0]))
                .query(rs -> {
                    numbers.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return numbers;
    }

    void classify(UUID id, Long workOrderId, String disposition) {
        jdbc.sql("update routing.contact set work_order_id = coalesce(?, work_order_id), "
                        + "disposition = coalesce(?, disposition) where id = ?")
                .params(workOrderId, disposition, id).update();
    }

    private static ContactRecord contact(ResultSet rs, int n) throws SQLException {
        return new ContactRecord(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                rs.getLong("queue_id"), rs.getString("queue_code"), ContactStatus.valueOf(rs.getString("status")),
                rs.getString("caller_number"), rs.getString("called_number"), rs.getInt("priority"),
                (Long) rs.getObject("customer_id"), (Long) rs.getObject("work_order_id"), instant(rs, "arrived_at"),
                instant(rs, "routed_at"), instant(rs, "answered_at"), instant(rs, "ended_at"),
                (Long) rs.getObject("agent_id"), rs.getString("outcome") == null ? null
                : Outcome.valueOf(rs.getString("outcome")), rs.getString("disposition"),
                (Double) rs.getObject("wait_seconds"), (Double) rs.getObject("talk_seconds"),
                rs.getDouble("hold_seconds"), (Double) rs.getObject("wrap_up_seconds"), rs.getInt("offers"),
                rs.getInt("no_answers"), rs.getBoolean("transferred"), "OUTBOUND".equals(rs.getString("direction")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    // ---- interval statistics --------------------------------------------------------------------------------------

    List<IntervalStat> intervalStats(long queueId, Instant from, Instant to, int minutes) {
        return jdbc.sql("""
                        select * from routing.queue_interval_stat where queue_id = ? and interval_minutes = ?
                        and interval_start >= ? and interval_start < ? order by interval_start""")
                .params(queueId, minutes, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new IntervalStat(rs.getLong("queue_id"), rs.getInt("interval_minutes"),
                        instant(rs, "interval_start"), rs.getInt("offered"), rs.getInt("answered"),
                        rs.getInt("abandoned"), rs.getInt("answered_in_target"),
                        (Double) rs.getObject("service_level"), (Double) rs.getObject("asa_seconds"),
                        (Double) rs.getObject("aht_seconds"), (Double) rs.getObject("longest_wait_seconds")))
                .list();
    }

    /** One lateral primary-key range scan per queue: a year is 35,040 quarter-hour rows per queue. */
    List<QueueTotals> queueTotals(Instant from, Instant to) {
        return jdbc.sql("""
                        select q.id, q.code, q.name, t.*
                        from routing.queue q cross join lateral (
                            select coalesce(sum(offered), 0) as offered, coalesce(sum(answered), 0) as answered,
                                   coalesce(sum(abandoned), 0) as abandoned,
                                   coalesce(sum(answered_in_target), 0) as in_target,
                                   coalesce(sum(abandoned_after_target), 0) as abandoned_after,
                                   coalesce(sum(asa_seconds * answered), 0) as wait,
                                   coalesce(sum(handled), 0) as handled, coalesce(sum(handle_seconds), 0) as handle
                            from routing.queue_interval_stat s
                            where s.queue_id = q.id and s.interval_minutes = 15
                              and s.interval_start >= ? and s.interval_start < ?) t
                        order by q.code""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new QueueTotals(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getLong("offered"), rs.getLong("answered"), rs.getLong("abandoned"),
                        rs.getLong("in_target"), rs.getLong("abandoned_after"), rs.getDouble("wait"),
                        rs.getLong("handled"), rs.getDouble("handle")))
                .list();
    }

    List<AgentIntervalStat> agentIntervalStats(long userId, Instant from, Instant to, int minutes) {
        return jdbc.sql("""
                        select * from routing.agent_interval_stat where user_id = ? and interval_minutes = ?
                        and interval_start >= ? and interval_start < ? order by interval_start""")
                .params(userId, minutes, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new AgentIntervalStat(rs.getLong("user_id"), rs.getInt("interval_minutes"),
                        instant(rs, "interval_start"), rs.getInt("handled"), rs.getDouble("talk_seconds"),
                        rs.getDouble("staffed_seconds"), rs.getDouble("busy_seconds"),
                        rs.getDouble("not_ready_seconds"), (Double) rs.getObject("occupancy")))
                .list();
    }

    /** Handled contacts, their average handle time (talk with hold plus wrap-up) and seconds per state in [from, to). */
    hotline.routing.AgentDay agentDay(long userId, Instant from, Instant to) {
        var handled = jdbc.sql("""
                        select count(*), avg(coalesce(talk_seconds, 0) + coalesce(wrap_up_seconds, 0))
                        from routing.contact where agent_id = ? and outcome = 'HANDLED' and ended_at >= ?
                        and ended_at < ?""")
                .params(userId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2) == null ? null : rs.getDouble(2)})
                .single();
        var seconds = new java.util.EnumMap<AgentState, Long>(AgentState.class);
        jdbc.sql("""
                        with h as (
                            select state, greatest(started_at, ?) as s,
                                   lead(started_at) over (order by started_at, id) as e
                            from routing.agent_state_history
                            where user_id = ? and started_at < ? and started_at >= coalesce((
                                select max(started_at) from routing.agent_state_history
                                where user_id = ? and started_at <= ?), ?))
                        select state, sum(extract(epoch from (least(coalesce(e, ?), ?) - s)))
                        from h group by state""")
                .params(Timestamp.from(from), userId, Timestamp.from(to), userId, Timestamp.from(from),
                        Timestamp.from(from), Timestamp.from(to), Timestamp.from(to))
                .query(rs -> {
                    seconds.merge(AgentState.valueOf(rs.getString(1)), Math.max(0, Math.round(rs.getDouble(2))),
                            Long::sum);
                });
        return new hotline.routing.AgentDay((Long) handled[0], (Double) handled[1], seconds);
    }
}
