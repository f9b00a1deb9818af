package hotline.workforce.internal;

import hotline.workforce.Schedules.CoveragePoint;
import hotline.workforce.Schedules.NewSchedule;
import hotline.workforce.Schedules.ScheduleView;
import hotline.workforce.Schedules.ShiftView;
import hotline.workforce.Schedules.Status;
import hotline.workforce.Schedules.Violation;
import hotline.workforce.internal.schedule.Roster;
import hotline.workforce.internal.schedule.ShiftOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Schedules, their requirement, their shifts and the saved explanation, in plain SQL. */
@Component
class ScheduleStore {

    private static final String COLUMNS = """
            id, name, first_day, weeks, interval_minutes, queues, status, score, under_coverage, over_coverage,
            lower_bound, created_by, created_at, published_at, version""";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSchedule s, int intervalMinutes, String by, Instant now, int[] required) {
        long id = jdbc.sql("""
                        insert into workforce.schedule (name, first_day, weeks, interval_minutes, queues, status,
                            created_by, created_at) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
                .params(s.name(), Date.valueOf(s.firstDay()), s.weeks(), intervalMinutes, String.join(",", s.queues()),
                        by, Timestamp.from(now))
                .query(Long.class).single();
        for (int i = 0; i < required.length; i++) {
            if (required[i] > 0) {
                jdbc.sql("insert into workforce.schedule_requirement (schedule_id, interval_index, required) values (?, ?, ?)")
                        .params(id, i, required[i]).update();
            }
        }
        return id;
    }

    int[] requirement(long id, int length) {
        int[] required = new int[length];
        jdbc.sql("select interval_index, required from workforce.schedule_requirement where schedule_id = ?")
                .param(id)
                .query((rs, n) -> {
                    if (rs.getInt(1) < length) {
                        required[rs.getInt(1)] = rs.getInt(2);
                    }
                    return null;
                })
                .list();
        return required;
    }

    List<ScheduleView> list() {
        return jdbc.sql("select " + COLUMNS + " from workforce.schedule order by first_day desc, id desc")
                .query(this::view).list();
    }

    Optional<ScheduleView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from workforce.schedule where id = ?").param(id).query(this::view)
                .optional();
    }

    void setStatus(long id, Status status) {
        jdbc.sql("update workforce.schedule set status = ?, version = version + 1 where id = ?")
                .params(status.name(), id).update();
    }

    void releaseSolving() {
        jdbc.sql("""
                update workforce.schedule set status = case when solved_at is null then 'DRAFT' else 'SOLVED' end,
                    version = version + 1 where status = 'SOLVING'""").update();
    }

    void publish(long id, String by, Instant at) {
        jdbc.sql("""
                        update workforce.schedule set status = 'PUBLISHED', published_by = ?, published_at = ?,
                            version = version + 1 where id = ?""")
                .params(by, Timestamp.from(at), id).update();
    }

    void saveSolution(long id, Roster best, LocalDate firstDay, ZoneId zone, Map<Long, String> names,
                      List<Violation> violations, long lowerBound, Instant now) {
        jdbc.sql("delete from workforce.schedule_shift where schedule_id = ?").param(id).update();
        int minutes = best.getHorizon().intervalMinutes();
        for (var a : best.getAssignments()) {
            ShiftOption shift = a.getShift();
            if (shift == null) {
                continue;
            }
            var day = firstDay.plusDays(a.getDay());
            var start = day.atStartOfDay(zone).plusMinutes(shift.startMinute());
            String pauses = shift.pauses(minutes).stream()
                    .map(p -> String.format("%s %dm %s", start.plusMinutes(p.offsetMinutes()).toLocalTime(),
                            p.minutes(), p.meal() ? "meal" : "break"))
                    .collect(Collectors.joining("; "));
            jdbc.sql("""
                            insert into workforce.schedule_shift (schedule_id, user_id, display_name, day, template_code,
                                starts_at, ends_at, paid_minutes, pauses) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, a.getAgent().id(), names.getOrDefault(a.getAgent().id(), a.getAgent().name()),
                            Date.valueOf(day), shift.templateCode(), Timestamp.from(start.toInstant()),
                            Timestamp.from(start.plusMinutes(shift.lengthMinutes()).toInstant()), shift.paidMinutes(),
                            pauses)
                    .update();
        }
        String explanation = violations.stream()
                .map(v -> String.join("\t", v.constraint(), v.level(), String.valueOf(v.score()),
                        String.valueOf(v.matches()), String.join(" | ", v.examples())))
                .collect(Collectors.joining("\n"));
        jdbc.sql("""
                        update workforce.schedule set status = 'SOLVED', score = ?, under_coverage = ?, over_coverage = ?,
                            lower_bound = ?, explanation = ?, solved_at = ?, version = version + 1 where id = ?""")
                .params(String.valueOf(best.getScore()), best.underCoverage(), best.overCoverage(), lowerBound,
                        explanation, Timestamp.from(now), id)
                .update();
    }

    List<Violation> violations(long id) {
        String text = jdbc.sql("select explanation from workforce.schedule where id = ?").param(id)
                .query(String.class).optional().orElse(null);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var result = new ArrayList<Violation>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            result.add(new Violation(f[0], f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]),
                    f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(" \\| "))));
        }
        return result;
    }

    private static final String SHIFT_COLUMNS = """
            s.schedule_id, s.user_id, s.display_name, s.day, s.template_code, s.starts_at, s.ends_at, s.paid_minutes,
            s.pauses""";

    List<ShiftView> shifts(long id) {
        return jdbc.sql("select " + SHIFT_COLUMNS + " from workforce.schedule_shift s where s.schedule_id = ? order by s.display_name, s.day")
                .param(id).query(this::shift).list();
    }

    List<ShiftView> published(LocalDate from, LocalDate to, Long userId) {
        return jdbc.sql("select " + SHIFT_COLUMNS + """
                         from workforce.schedule_shift s join workforce.schedule c on c.id = s.schedule_id
                        where c.status = 'PUBLISHED' and s.day between ? and ? and (?::bigint is null or s.user_id = ?)
                        order by s.day, s.starts_at, s.display_name""")
                .params(Date.valueOf(from), Date.valueOf(to), userId, userId)
                .query(this::shift).list();
    }

    List<CoveragePoint> coverage(ScheduleView schedule, ZoneId zone) {
        int perDay = 1440 / schedule.intervalMinutes();
        int[] required = requirement(schedule.id(), schedule.weeks() * 7 * perDay);
        int[] covered = new int[required.length];
        var dayStart = schedule.firstDay().atStartOfDay(zone).toInstant();
        for (var shift : shifts(schedule.id())) {
            var option = ShiftOption.of(shift.templateCode(),
                    (int) java.time.Duration.between(shift.day().atStartOfDay(zone).toInstant(), shift.startsAt()).toMinutes(),
                    (int) java.time.Duration.between(shift.startsAt(), shift.endsAt()).toMinutes(),
                    pauseMinutes(shift.pauses(), "meal"), pauseMinutes(shift.pauses(), "break"), null);
            int base = (int) (shift.day().toEpochDay() - schedule.firstDay().toEpochDay()) * perDay;
            for (int slot : option.workingSlots(schedule.intervalMinutes())) {
                if (base + slot < covered.length) {
                    covered[base + slot]++;
                }
            }
        }
        var points = new ArrayList<CoveragePoint>();
        for (int i = 0; i < required.length; i++) {
            points.add(new CoveragePoint(dayStart.plusSeconds(60L * i * schedule.intervalMinutes()), required[i], covered[i]));
        }
        return points;
    }

    private static int pauseMinutes(String pauses, String kind) {
        for (String p : pauses.split("; ")) {
            String[] f = p.split(" ");
            if (f.length == 3 && f[2].equals(kind)) {
                return Integer.parseInt(f[1].replace("m", ""));
            }
        }
        return 0;
    }

    private ShiftView shift(ResultSet rs, int n) throws SQLException {
        return new ShiftView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getInt(8),
                rs.getString(9));
    }

    private ScheduleView view(ResultSet rs, int n) throws SQLException {
        return new ScheduleView(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getInt(5),
                List.of(rs.getString(6).split(",")), Status.valueOf(rs.getString(7)), rs.getString(8),
                (Long) rs.getObject(9), (Long) rs.getObject(10), (Long) rs.getObject(11), rs.getString(12),
                rs.getTimestamp(13).toInstant(), rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant(),
                rs.getLong(15));
    }

    /** Swaps two agents' shifts of a day in the published schedule (an agent without a shift takes the other's). */
    void swap(LocalDate day, long a, String aName, long b, String bName) {
        jdbc.sql("""
                        update workforce.schedule_shift s set user_id = case when user_id = ? then ? else ? end,
                            display_name = case when user_id = ? then ? else ? end
                        from workforce.schedule c where c.id = s.schedule_id and c.status = 'PUBLISHED'
                            and s.day = ? and s.user_id in (?, ?)""")
                .params(a, b, a, a, bName, aName, Date.valueOf(day), a, b).update();
    }

    void removeShift(LocalDate day, long userId) {
        jdbc.sql("""
                        delete from workforce.schedule_shift s using workforce.schedule c
                        where c.id = s.schedule_id and c.status = 'PUBLISHED' and s.day = ? and s.user_id = ?""")
                .params(Date.valueOf(day), userId).update();
    }
}
