package hotline.workforce.internal;

import hotline.platform.time.CenterTime;
import hotline.workforce.Adherence;
import hotline.workforce.AgentState;
import hotline.workforce.Forecasts;
import hotline.workforce.Schedules.ShiftView;
import hotline.workforce.StaffingCalculator;
import hotline.workforce.internal.schedule.ShiftOption;
import hotline.workforce.internal.staffing.StaffingTarget;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adherence minute by minute: during a shift the agent should be taking contacts, except in its meal and breaks,
 * when they should be on break (any not-ready state counts); outside their shifts nothing is asked of them.
 */
@Service
@Transactional(readOnly = true)
class AdherenceService implements Adherence {

    enum Activity { WORK, PAUSE }

    private final ScheduleStore schedules;
    private final HistoryStore history;
    private final Forecasts forecasts;
    private final StaffingCalculator staffing;
    private final CenterTime time;

    AdherenceService(ScheduleStore schedules, HistoryStore history, Forecasts forecasts, StaffingCalculator staffing,
                     CenterTime time) {
        this.schedules = schedules;
        this.history = history;
        this.forecasts = forecasts;
        this.staffing = staffing;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public List<AgentAdherence> board(LocalDate day) {
        Instant dayStart = time.startOfDay(day);
        Instant dayEnd = time.startOfDay(day.plusDays(1));
        Instant now = time.now().isBefore(dayEnd) ? time.now() : dayEnd;
        var shifts = schedules.published(day.minusDays(1), day, null).stream()
                .filter(s -> s.endsAt().isAfter(dayStart) && s.startsAt().isBefore(dayEnd)).toList();
        var changes = new HashMap<Long, List<HistoryStore.StateChange>>();
        for (var c : history.states(dayStart, now)) {
            changes.computeIfAbsent(c.userId(), k -> new ArrayList<>()).add(c);
        }
        var byAgent = new HashMap<Long, List<ShiftView>>();
        shifts.forEach(s -> byAgent.computeIfAbsent(s.userId(), k -> new ArrayList<>()).add(s));
        var rows = new ArrayList<AgentAdherence>();
        byAgent.forEach((userId, own) -> rows.add(adherence(userId, own, changes.getOrDefault(userId, List.of()),
                dayStart, now, time.zone())));
        rows.sort(Comparator.comparingLong(AgentAdherence::minutesOutOfAdherence).reversed()
                .thenComparing(AgentAdherence::displayName));
        return rows;
    }

    static AgentAdherence adherence(long userId, List<ShiftView> shifts, List<HistoryStore.StateChange> changes,
                                    Instant from, Instant now, ZoneId zone) {
        long scheduled = 0;
        long adherent = 0;
        long workScheduled = 0;
        long loggedIn = 0;
        String scheduledNow = "OFF";
        for (long t = from.getEpochSecond(); t < now.getEpochSecond(); t += 60) {
            Instant minute = Instant.ofEpochSecond(t);
            Activity activity = activity(shifts, minute, zone);
            if (activity == null) {
                continue;
            }
            AgentState state = stateAt(changes, minute);
            scheduled++;
            boolean ok = activity == Activity.WORK ? state.working() : !state.working();
            adherent += ok ? 1 : 0;
            if (activity == Activity.WORK) {
                workScheduled++;
                loggedIn += state != AgentState.LOGGED_OUT ? 1 : 0;
            }
        }
        Instant last = now.minusSeconds(1);
        Activity current = activity(shifts, last, zone);
        scheduledNow = current == null ? scheduledNow : current.name();
        AgentState stateNow = stateAt(changes, last);
        boolean inAdherence = current == null || (current == Activity.WORK) == stateNow.working();
        String name = shifts.get(0).displayName();
        return new AgentAdherence(userId, name, scheduledNow, stateNow.name(), inAdherence, scheduled - adherent,
                scheduled == 0 ? 1 : (double) adherent / scheduled, workScheduled == 0 ? 1 : (double) loggedIn / workScheduled);
    }

    /** What the schedule asks at a minute; pauses are written in the center's local time ("12:00 60m meal"). */
    static Activity activity(List<ShiftView> shifts, Instant minute, ZoneId zone) {
        for (var s : shifts) {
            if (!minute.isBefore(s.startsAt()) && minute.isBefore(s.endsAt())) {
                long minutesIn = Duration.between(s.startsAt(), minute).toMinutes();
                var shiftStart = s.startsAt().atZone(zone).toLocalTime();
                for (String pause : s.pauses().split("; ")) {
                    String[] f = pause.split(" ");
                    if (f.length == 3) {
                        long offset = Math.floorMod(Duration.between(shiftStart, LocalTime.parse(f[0])).toMinutes(), 1440);
                        if (minutesIn >= offset && minutesIn < offset + Integer.parseInt(f[1].replace("m", ""))) {
                            return Activity.PAUSE;
                        }
                    }
                }
                return Activity.WORK;
            }
        }
        return null;
    }

    static AgentState stateAt(List<HistoryStore.StateChange> changes, Instant at) {
        AgentState state = AgentState.LOGGED_OUT;
        for (var c : changes) {
            if (c.at().isAfter(at)) {
                break;
            }
            state = c.state();
        }
        return state;
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public Intraday intraday(String queueCode, LocalDate day) {
        var forecast = forecasts.forecastQueue(queueCode, day, 1);
        var settings = staffing.settings(queueCode);
        Double patience = settings.erlangA() ? staffing.patienceSeconds(queueCode) : null;
        var target = new StaffingTarget(settings.serviceLevel(), settings.targetSeconds(), null, settings.maxOccupancy());
        Map<Instant, Integer> actual = new HashMap<>();
        history.intervals(queueCode, forecast.intervalMinutes(), time.startOfDay(day), time.startOfDay(day.plusDays(1)))
                .forEach(i -> actual.put(i.start(), i.offered()));
        var coverage = scheduledPerInterval(day, forecast.intervalMinutes());
        return intraday(queueCode, day, forecast.intervalMinutes(), forecast.forecast(), actual, coverage, time.now(),
                (contacts, aht) -> StaffingService.answer(contacts, forecast.intervalMinutes(), aht, patience, target,
                        null).agents());
    }

    /**
     * The day so far and the rest of it: intervals that have closed show their actuals; the open ones are the
     * original forecast scaled by actuals over forecast of the closed intervals; the gap is scheduled minus required.
     */
    static Intraday intraday(String queueCode, LocalDate day, int intervalMinutes, List<Forecasts.Point> forecast,
                             Map<Instant, Integer> actual, Map<Instant, Integer> scheduled, Instant now,
                             java.util.function.BiFunction<Double, Double, Integer> requiredAgents) {
        double forecastSoFar = 0;
        double actualSoFar = 0;
        for (var p : forecast) {
            var start = p.start().toInstant();
            if (start.plusSeconds(60L * intervalMinutes).isAfter(now)) {
                continue;
            }
            forecastSoFar += p.contacts();
            actualSoFar += actual.getOrDefault(start, 0);
        }
        double ratio = forecastSoFar > 0 ? actualSoFar / forecastSoFar : 1;
        var points = new ArrayList<IntradayPoint>();
        for (var p : forecast) {
            var start = p.start().toInstant();
            boolean past = !start.plusSeconds(60L * intervalMinutes).isAfter(now);
            double reforecast = past ? actual.getOrDefault(start, 0) : p.contacts() * ratio;
            double aht = p.ahtSeconds() == null || p.ahtSeconds() <= 0 ? 180 : p.ahtSeconds();
            int required = reforecast > 0 ? requiredAgents.apply(reforecast, aht) : 0;
            int onShift = scheduled.getOrDefault(start, 0);
            points.add(new IntradayPoint(start, p.contacts(), past ? (double) actual.getOrDefault(start, 0) : null,
                    reforecast, required, onShift, onShift - required));
        }
        return new Intraday(queueCode, day, ratio, points);
    }

    /** Agents on a published shift and not in a pause, per interval start of the day. */
    private Map<Instant, Integer> scheduledPerInterval(LocalDate day, int intervalMinutes) {
        var result = new HashMap<Instant, Integer>();
        Instant dayStart = time.startOfDay(day);
        for (var s : schedules.published(day.minusDays(1), day, null)) {
            var shiftDayStart = time.startOfDay(s.day());
            int startMinute = (int) Duration.between(shiftDayStart, s.startsAt()).toMinutes();
            int length = (int) Duration.between(s.startsAt(), s.endsAt()).toMinutes();
            var option = ShiftOption.of(s.templateCode(), startMinute, length, pause(s.pauses(), "meal"),
                    pause(s.pauses(), "break"), null);
            for (int slot : option.workingSlots(intervalMinutes)) {
                Instant at = shiftDayStart.plusSeconds(60L * slot * intervalMinutes);
                if (!at.isBefore(dayStart) && at.isBefore(dayStart.plusSeconds(86_400))) {
                    result.merge(at, 1, Integer::sum);
                }
            }
        }
        return result;
    }

    private static int pause(String pauses, String kind) {
        for (String p : pauses.split("; ")) {
            String[] f = p.split(" ");
            if (f.length == 3 && f[2].equals(kind)) {
                return Integer.parseInt(f[1].replace("m", ""));
            }
        }
        return 0;
    }
}
