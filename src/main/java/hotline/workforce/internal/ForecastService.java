package hotline.workforce.internal;

import hotline.audit.AuditLog;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.time.CenterTime;
import hotline.workforce.ContactInterval;
import hotline.workforce.Forecasts;
import hotline.workforce.internal.forecast.Forecaster;
import hotline.workforce.internal.forecast.Series;
import hotline.workforce.internal.history.CallRecordImport;
import hotline.workforce.internal.history.IntervalCountImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

@Service
@Transactional
class ForecastService implements Forecasts {

    private static final int HISTORY_DAYS_SHOWN = 14;

    private final HistoryStore history;
    private final JdbcClient jdbc;
    private final CenterTime time;
    private final AuditLog audit;

    ForecastService(HistoryStore history, JdbcClient jdbc, CenterTime time, AuditLog audit) {
        this.history = history;
        this.jdbc = jdbc;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public ForecastAnswer forecast(ForecastRequest request) {
        int minutes = request.intervalMinutes();
        if (1440 % minutes != 0) {
            throw InvalidInputException.of("intervalMinutes", "DividesDay", "must divide a day (5, 10, 15, 30, 60 …)");
        }
        ZoneOffset offset = request.history().get(0).start().getOffset();
        var series = new Series(minutes, offset, Map.of());
        for (var point : request.history()) {
            double aht = point.ahtSeconds() == null ? 0 : point.ahtSeconds();
            series.add(point.start().toInstant(), point.contacts(), point.contacts() * aht);
        }
        var outcome = Forecaster.next(series, request.horizonIntervals());
        boolean withAht = request.history().stream().anyMatch(p -> p.ahtSeconds() != null);
        var points = outcome.points().stream()
                .map(p -> new Point(p.start().atOffset(offset), round(p.contacts()), withAht ? round(p.ahtSeconds()) : null))
                .toList();
        return new ForecastAnswer(name(outcome.method()), percent(outcome.mape()), percent(outcome.wape()),
                candidates(outcome), points);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public QueueForecast forecastQueue(String queueCode, LocalDate from, int days) {
        if (!history.queues().contains(queueCode)) {
            throw new NotFoundException("queue", queueCode);
        }
        int minutes = history.intervalMinutes(queueCode);
        ZoneId zone = time.zone();
        Instant start = time.startOfDay(from);
        Instant end = time.startOfDay(from.plusDays(days));
        var series = history.series(queueCode, minutes, zone, start);
        var shown = new ArrayList<Point>();
        for (var i : history.intervals(queueCode, minutes, time.startOfDay(from.minusDays(HISTORY_DAYS_SHOWN)), end)) {
            shown.add(new Point(i.start().atZone(zone).toOffsetDateTime(), i.offered(), round(i.ahtSeconds())));
        }
        var adjustments = adjustments(queueCode, start, end);
        if (series.isEmpty()) {
            return new QueueForecast(queueCode, minutes, null, null, null, List.of(), shown, List.of(), adjustments);
        }
        var outcome = Forecaster.days(series, from, from.plusDays(days - 1L));
        Map<Instant, Double> adjusted = new HashMap<>();
        adjustments.forEach(a -> adjusted.put(a.intervalStart(), a.contacts()));
        var points = outcome.points().stream()
                .map(p -> new Point(p.start().atZone(zone).toOffsetDateTime(),
                        round(adjusted.getOrDefault(p.start(), p.contacts())), round(p.ahtSeconds())))
                .toList();
        return new QueueForecast(queueCode, minutes, name(outcome.method()), percent(outcome.mape()),
                percent(outcome.wape()), candidates(outcome), shown, points, adjustments);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<String> queues() {
        return history.queues();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void adjust(String queueCode, Instant intervalStart, double contacts, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "NotBlank", "say why the forecast is changed");
        }
        if (!(contacts >= 0)) {
            throw InvalidInputException.of("contacts", "PositiveOrZero", "must be zero or more");
        }
        int minutes = history.intervalMinutes(queueCode);
        var actor = CurrentUser.actor();
        Long id = jdbc.sql("""
                        insert into workforce.forecast_adjustment (queue_code, interval_start, interval_minutes, contacts,
                            reason, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(queueCode, Timestamp.from(intervalStart), minutes, contacts, reason.strip(), actor.username(),
                        Timestamp.from(time.now()))
                .query(Long.class).single();
        audit.record("forecast-adjustment", id, "adjust", "set the forecast of " + queueCode + " at " + intervalStart
                + " to " + contacts + ": " + reason.strip(), null, Map.of("contacts", contacts, "reason", reason.strip()));
    }

    List<Adjustment> adjustments(String queue, Instant from, Instant to) {
        return jdbc.sql("""
                        select distinct on (interval_start) id, interval_start, contacts, reason, created_by, created_at
                        from workforce.forecast_adjustment
                        where queue_code = ? and interval_start >= ? and interval_start < ?
                        order by interval_start, created_at desc, id desc""")
                .params(queue, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Adjustment(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<SpecialDayView> specialDays() {
        return jdbc.sql("select id, day, kind, behaves_like, factor, queue_code, note from workforce.special_day order by day")
                .query((rs, n) -> new SpecialDayView(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        SpecialDayKind.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : DayOfWeek.valueOf(rs.getString(4)), rs.getDouble(5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public SpecialDayView addSpecialDay(LocalDate day, SpecialDayKind kind, DayOfWeek behavesLike, double factor,
                                        String queueCode, String note) {
        if (day == null || kind == null) {
            throw InvalidInputException.of("day", "NotNull", "day and kind are required");
        }
        String queue = queueCode == null || queueCode.isBlank() ? null : queueCode.strip();
        boolean taken = jdbc.sql("select count(*) from workforce.special_day where day = ? and coalesce(queue_code, '') = ?")
                .params(Date.valueOf(day), queue == null ? "" : queue).query(Integer.class).single() > 0;
        if (taken) {
            throw hotline.platform.ConflictException.duplicate("special day", "day", day);
        }
        long id = jdbc.sql("""
                        insert into workforce.special_day (day, kind, behaves_like, factor, queue_code, note, created_by,
                            created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Date.valueOf(day), kind.name(), behavesLike == null ? null : behavesLike.name(),
                        factor > 0 ? factor : 1, queue, note, CurrentUser.actor().username(), Timestamp.from(time.now()))
                .query(Long.class).single();
        audit.record("special-day", id, "create", "marked " + day + " as " + kind, null,
                Map.of("day", day.toString(), "kind", kind.name()));
        return specialDays().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public void removeSpecialDay(long id) {
        if (jdbc.sql("delete from workforce.special_day where id = ?").param(id).update() == 0) {
            throw new NotFoundException("special day", id);
        }
        audit.record("special-day", id, "delete", "removed special day " + id, null, null);
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ImportResult importHistory(ImportFormat format, byte[] content, String queueCode, int intervalMinutes) {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw InvalidInputException.of("intervalMinutes", "DividesDay", "must divide a day");
        }
        String queue = queueCode == null || queueCode.isBlank() ? null : queueCode.strip().toLowerCase();
        List<ContactInterval> rows;
        int total;
        int skipped = 0;
        try {
            switch (format) {
                case CALL_RECORDS -> {
                    var summary = CallRecordImport.aggregate(new String(content, StandardCharsets.UTF_8), queue,
                            intervalMinutes, time.zone());
                    rows = summary.intervals();
                    total = summary.rows();
                    skipped = summary.skipped();
                }
                case INTERVAL_CSV -> {
                    rows = IntervalCountImport.csv(new String(content, StandardCharsets.UTF_8),
                            queue == null ? "general" : queue, intervalMinutes, time.zone());
                    total = rows.size();
                }
                default -> {
                    rows = IntervalCountImport.xlsx(new ByteArrayInputStream(content), queue == null ? "general" : queue,
                            intervalMinutes, time.zone());
                    total = rows.size();
                }
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw InvalidInputException.of("file", "Format", e.getMessage());
        }
        history.recordIntervals(rows, "import");
        var queues = new TreeSet<String>();
        rows.forEach(r -> queues.add(r.queueCode()));
        audit.record("contact-history", 0L, "import", "imported " + rows.size() + " intervals (" + format + ") into "
                + queues, null, null);
        return new ImportResult(total, rows.size(), skipped, List.copyOf(queues));
    }

    private static List<MethodAccuracy> candidates(Forecaster.Outcome outcome) {
        return outcome.candidates().stream()
                .map(c -> new MethodAccuracy(name(c.method()), percent(c.mape()), percent(c.wape()))).toList();
    }

    static String name(hotline.workforce.internal.forecast.Method method) {
        return method.name().toLowerCase().replace('_', '-');
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : Math.round(fraction * 10_000) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
