package hotline.workforce.internal;

import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.workforce.Schedules.AvailabilityKind;
import hotline.workforce.Schedules.AvailabilityView;
import hotline.workforce.Schedules.ContractView;
import hotline.workforce.Schedules.TemplateForm;
import hotline.workforce.Schedules.TemplateView;
import hotline.workforce.internal.schedule.Contract;
import hotline.workforce.internal.schedule.ShiftOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shift templates, contracts, agents' contracts and availability: the inputs of a schedule. */
@Component
class SetupStore {

    private final JdbcClient jdbc;

    SetupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TemplateView> templates() {
        return jdbc.sql("""
                        select id, code, name, earliest_start, latest_start, start_step_minutes, length_minutes,
                               meal_minutes, break_minutes, required_skill, active, version
                        from workforce.shift_template order by earliest_start, code""")
                .query((rs, n) -> new TemplateView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTime(4).toLocalTime(), rs.getTime(5).toLocalTime(), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getBoolean(11), rs.getLong(12)))
                .list();
    }

    TemplateView saveTemplate(TemplateForm f) {
        if (f.id() == null) {
            if (templates().stream().anyMatch(t -> t.code().equals(f.code()))) {
                throw ConflictException.duplicate("shift template", "code", f.code());
            }
            jdbc.sql("""
                            insert into workforce.shift_template (code, name, earliest_start, latest_start,
                                start_step_minutes, length_minutes, meal_minutes, break_minutes, required_skill, active)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.code(), f.name(), Time.valueOf(f.earliestStart()), Time.valueOf(f.latestStart()),
                            f.startStepMinutes(), f.lengthMinutes(), f.mealMinutes(), f.breakMinutes(),
                            blank(f.requiredSkill()), f.active())
                    .update();
        } else {
            var current = templates().stream().filter(t -> t.id() == f.id()).findFirst()
                    .orElseThrow(() -> new NotFoundException("shift template", f.id()));
            long version = f.version() == null ? -1 : f.version();
            int updated = jdbc.sql("""
                            update workforce.shift_template set name = ?, earliest_start = ?, latest_start = ?,
                                start_step_minutes = ?, length_minutes = ?, meal_minutes = ?, break_minutes = ?,
                                required_skill = ?, active = ?, version = version + 1
                            where id = ? and version = ?""")
                    .params(f.name(), Time.valueOf(f.earliestStart()), Time.valueOf(f.latestStart()),
                            f.startStepMinutes(), f.lengthMinutes(), f.mealMinutes(), f.breakMinutes(),
                            blank(f.requiredSkill()), f.active(), f.id(), version)
                    .update();
            if (updated == 0) {
                throw ConflictException.staleVersion("shift template", f.id(), version, current.version());
            }
        }
        return templates().stream().filter(t -> t.code().equals(f.code())).findFirst().orElseThrow();
    }

    /** Every start the active templates allow, each a shift option for the solver. */
    List<ShiftOption> options() {
        var options = new ArrayList<ShiftOption>();
        for (var t : templates()) {
            if (!t.active()) {
                continue;
            }
            int first = t.earliestStart().toSecondOfDay() / 60;
            int last = t.latestStart().toSecondOfDay() / 60;
            for (int start = first; start <= last; start += t.startStepMinutes()) {
                options.add(ShiftOption.of(t.code(), start, t.lengthMinutes(), t.mealMinutes(), t.breakMinutes(),
                        t.requiredSkill()));
            }
        }
        return options;
    }

    List<ContractView> contracts() {
        return jdbc.sql("""
                        select id, code, name, minutes_per_week, min_rest_minutes, max_consecutive_days,
                               min_days_off_per_week, version from workforce.contract order by code""")
                .query((rs, n) -> new ContractView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getLong(8)))
                .list();
    }

    ContractView saveContract(ContractView c) {
        var current = contracts().stream().filter(x -> x.code().equals(c.code())).findFirst();
        if (current.isEmpty()) {
            jdbc.sql("""
                            insert into workforce.contract (code, name, minutes_per_week, min_rest_minutes,
                                max_consecutive_days, min_days_off_per_week) values (?, ?, ?, ?, ?, ?)""")
                    .params(c.code(), c.name(), c.minutesPerWeek(), c.minRestMinutes(), c.maxConsecutiveDays(),
                            c.minDaysOffPerWeek())
                    .update();
        } else {
            long version = c.version() == null ? -1 : c.version();
            int updated = jdbc.sql("""
                            update workforce.contract set name = ?, minutes_per_week = ?, min_rest_minutes = ?,
                                max_consecutive_days = ?, min_days_off_per_week = ?, version = version + 1
                            where code = ? and version = ?""")
                    .params(c.name(), c.minutesPerWeek(), c.minRestMinutes(), c.maxConsecutiveDays(),
                            c.minDaysOffPerWeek(), c.code(), version)
                    .update();
            if (updated == 0) {
                throw ConflictException.staleVersion("contract", c.code(), version, current.get().version());
            }
        }
        return contracts().stream().filter(x -> x.code().equals(c.code())).findFirst().orElseThrow();
    }

    record AgentTerms(String contractCode, boolean avoidNights) {
    }

    Map<Long, AgentTerms> agentTerms() {
        var map = new HashMap<Long, AgentTerms>();
        jdbc.sql("select user_id, contract_code, avoid_nights from workforce.agent_contract")
                .query((rs, n) -> map.put(rs.getLong(1), new AgentTerms(rs.getString(2), rs.getBoolean(3))))
                .list();
        return map;
    }

    void assignContract(long userId, String contractCode, boolean avoidNights) {
        if (contracts().stream().noneMatch(c -> c.code().equals(contractCode))) {
            throw new NotFoundException("contract", contractCode);
        }
        jdbc.sql("""
                        insert into workforce.agent_contract (user_id, contract_code, avoid_nights) values (?, ?, ?)
                        on conflict (user_id) do update set contract_code = excluded.contract_code,
                            avoid_nights = excluded.avoid_nights, version = workforce.agent_contract.version + 1""")
                .params(userId, contractCode, avoidNights).update();
    }

    Map<String, Contract> contractRules() {
        var map = new HashMap<String, Contract>();
        for (var c : contracts()) {
            map.put(c.code(), new Contract(c.code(), c.minutesPerWeek(), c.minRestMinutes(), c.maxConsecutiveDays(),
                    c.minDaysOffPerWeek()));
        }
        return map;
    }

    List<AvailabilityView> availability(LocalDate from, LocalDate to, Map<Long, String> names) {
        return jdbc.sql("""
                        select id, user_id, day, kind, note from workforce.availability
                        where day between ? and ? order by day, user_id""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new AvailabilityView(rs.getLong(1), rs.getLong(2),
                        names.getOrDefault(rs.getLong(2), "#" + rs.getLong(2)), rs.getDate(3).toLocalDate(),
                        AvailabilityKind.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    void setAvailability(long userId, LocalDate day, AvailabilityKind kind, String note) {
        jdbc.sql("""
                        insert into workforce.availability (user_id, day, kind, note) values (?, ?, ?, ?)
                        on conflict (user_id, day, kind) do update set note = excluded.note""")
                .params(userId, Date.valueOf(day), kind.name(), note).update();
    }

    boolean clearAvailability(long id) {
        return jdbc.sql("delete from workforce.availability where id = ?").param(id).update() > 0;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
