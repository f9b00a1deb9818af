package hotline.workforce.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.workforce.Forecasts;
import hotline.workforce.StaffingCalculator;
import hotline.workforce.internal.staffing.QueueMetrics;
import hotline.workforce.internal.staffing.Staffing;
import hotline.workforce.internal.staffing.StaffingTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional
class StaffingService implements StaffingCalculator {

    private final Forecasts forecasts;
    private final HistoryStore history;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    StaffingService(Forecasts forecasts, HistoryStore history, JdbcClient jdbc, AuditLog audit) {
        this.forecasts = forecasts;
        this.history = history;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public StaffingAnswer calculate(StaffingQuestion q) {
        StaffingTarget target;
        try {
            target = new StaffingTarget(q.serviceLevel(), q.targetSeconds(), q.asaSeconds(), q.maxOccupancy());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("serviceLevel", "Range", e.getMessage());
        }
        return answer(q.contacts(), q.intervalMinutes(), q.ahtSeconds(), q.patienceSeconds(), target, q.shrinkage());
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public StaffingAnswer evaluate(StaffingQuestion q, int agents) {
        double lambda = q.contacts() / (q.intervalMinutes() * 60.0);
        double load = lambda * q.ahtSeconds();
        var m = q.patienceSeconds() == null
                ? hotline.workforce.internal.staffing.Erlang.c(agents, load, q.ahtSeconds(), q.targetSeconds())
                : hotline.workforce.internal.staffing.Erlang.a(agents, lambda, q.ahtSeconds(), q.patienceSeconds(),
                q.targetSeconds());
        return new StaffingAnswer(q.patienceSeconds() == null ? "ERLANG_C" : "ERLANG_A", agents, m.serviceLevel(),
                m.probabilityOfWaiting(), m.averageSpeedOfAnswerSeconds(), m.occupancy(),
                q.patienceSeconds() == null ? null : m.probabilityOfAbandon(), load,
                q.shrinkage() == null ? null : Staffing.scheduled(agents, q.shrinkage()));
    }

    static StaffingAnswer answer(double contacts, int intervalMinutes, double aht, Double patience,
                                 StaffingTarget target, Double shrinkage) {
        double lambda = contacts / (intervalMinutes * 60.0);
        double load = lambda * aht;
        QueueMetrics m = patience == null ? Staffing.erlangC(load, aht, target)
                : Staffing.erlangA(lambda, aht, patience, target);
        return new StaffingAnswer(patience == null ? "ERLANG_C" : "ERLANG_A", m.agents(), m.serviceLevel(),
                m.probabilityOfWaiting(), m.averageSpeedOfAnswerSeconds(), m.occupancy(),
                patience == null ? null : m.probabilityOfAbandon(), load,
                shrinkage == null ? null : Staffing.scheduled(m.agents(), shrinkage));
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<Requirement> requirement(String queueCode, LocalDate from, int days) {
        var settings = settings(queueCode);
        var forecast = forecasts.forecastQueue(queueCode, from, days);
        Double patience = settings.erlangA() ? patienceSeconds(queueCode) : null;
        var target = new StaffingTarget(settings.serviceLevel(), settings.targetSeconds(), null, settings.maxOccupancy());
        return forecast.forecast().stream().map(p -> {
            double aht = p.ahtSeconds() == null || p.ahtSeconds() <= 0 ? 180 : p.ahtSeconds();
            var a = answer(p.contacts(), forecast.intervalMinutes(), aht, patience, target, settings.shrinkage());
            return new Requirement(p.start().toInstant(), p.contacts(), aht, a.agents(), a.scheduledAgents(),
                    a.serviceLevel());
        }).toList();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public Double patienceSeconds(String queueCode) {
        return history.patienceSeconds(queueCode);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public QueueSettings settings(String queueCode) {
        return jdbc.sql("""
                        select queue_code, interval_minutes, service_level, target_seconds, max_occupancy, shrinkage,
                               erlang_a, version from workforce.queue_setting where queue_code = ?""")
                .param(queueCode)
                .query((rs, n) -> new QueueSettings(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4),
                        (Double) rs.getObject(5), rs.getDouble(6), rs.getBoolean(7), rs.getLong(8)))
                .optional()
                .orElse(new QueueSettings(queueCode, history.intervalMinutes(queueCode), 0.8, 20, 0.9, 0.3, true, -1));
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public QueueSettings saveSettings(QueueSettings s) {
        var current = settings(s.queueCode());
        if (current.version() >= 0 && current.version() != s.version()) {
            throw ConflictException.staleVersion("queue settings", s.queueCode(), s.version(), current.version());
        }
        jdbc.sql("""
                        insert into workforce.queue_setting (queue_code, interval_minutes, service_level, target_seconds,
                            max_occupancy, shrinkage, erlang_a) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (queue_code) do update set interval_minutes = excluded.interval_minutes,
                            service_level = excluded.service_level, target_seconds = excluded.target_seconds,
                            max_occupancy = excluded.max_occupancy, shrinkage = excluded.shrinkage,
                            erlang_a = excluded.erlang_a, version = workforce.queue_setting.version + 1""")
                .params(s.queueCode(), s.intervalMinutes(), s.serviceLevel(), s.targetSeconds(), s.maxOccupancy(),
                        s.shrinkage(), s.erlangA())
                .update();
        audit.record("queue-setting", 0L, "update", "changed the staffing settings of " + s.queueCode(), current, s);
        return settings(s.queueCode());
    }
}
