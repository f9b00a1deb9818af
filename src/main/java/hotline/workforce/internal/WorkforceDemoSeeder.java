package hotline.workforce.internal;

import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import hotline.workforce.ContactInterval;
import hotline.workforce.Forecasts;
import hotline.workforce.Schedules;
import hotline.workforce.StaffingCalculator;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo center's workforce: eight weeks of 30-minute history for billing, outage and general drawn from a
 * realistic day curve (a morning peak at 10:00, a smaller one at 15:00, quiet nights, weekends lower), today's
 * traffic so far, four shift templates, two contracts, and a published schedule for agent1–agent20 for this week and
 * the next, with agent states for today's adherence board (swap and leave requests are left for the agents to make).
 */
@Component
class WorkforceDemoSeeder implements DemoSeeder, Ordered {

    record Queue(String code, double peak, double aht) {
    }

    static final List<Queue> QUEUES = List.of(new Queue("billing", 20, 240), new Queue("outage", 7, 300),
            new Queue("general", 10, 180));

    private final HistoryStore history;
    private final StaffingCalculator staffing;
    private final Forecasts forecasts;
    private final ScheduleService schedules;
    private final AgentDirectory directory;
    private final CenterTime time;

    WorkforceDemoSeeder(HistoryStore history, StaffingCalculator staffing, Forecasts forecasts,
                        ScheduleService schedules, AgentDirectory directory, CenterTime time) {
        this.history = history;
        this.staffing = staffing;
        this.forecasts = forecasts;
        this.schedules = schedules;
        this.directory = directory;
        this.time = time;
    }

    @Override
    public String name() {
        return "workforce.center";
    }

    @Override
    public int getOrder() {
        return 600;
    }

    /** Contacts per 30 minutes at a time of day, relative to the peak: the shape of a service hotline's day. */
    static double curve(double hour) {
        double base = 0.06 + 0.94 * Math.exp(-Math.pow(hour - 10.25, 2) / 5.5) + 0.65 * Math.exp(-Math.pow(hour - 15, 2) / 6)
                + 0.25 * Math.exp(-Math.pow(hour - 19.5, 2) / 3);
        return Math.min(1.1, base);
    }

    static double weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.15;
            case SATURDAY -> 0.6;
            case SUNDAY -> 0.5;
            default -> 1.0;
        };
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            var today = time.today();
            var random = new Random(20260105);
            var rows = new ArrayList<ContactInterval>();
            Instant now = time.now();
            for (var q : QUEUES) {
                staffing.saveSettings(new StaffingCalculator.QueueSettings(q.code(), 30, 0.8, 20, 0.9, 0.25, true, -1));
                for (var day = today.minusWeeks(8); !day.isAfter(today); day = day.plusDays(1)) {
                    for (int slot = 0; slot < 48; slot++) {
                        Instant start = time.startOfDay(day).plusSeconds(1800L * slot);
                        if (!start.plusSeconds(1800).isBefore(now)) {
                            break;
                        }
                        double mean = q.peak() * curve(slot / 2.0 + 0.25) * weekday(day.getDayOfWeek());
                        int offered = poisson(random, mean);
                        int abandoned = (int) Math.round(offered * 0.04 * random.nextDouble() * 2);
                        int answered = offered - abandoned;
                        double handle = answered * q.aht() * (0.85 + 0.3 * random.nextDouble());
                        rows.add(new ContactInterval(q.code(), start, 30, offered, answered, abandoned, handle,
                                abandoned * 55.0, answered * 12.0));
                    }
                }
            }
            history.recordIntervals(rows, "demo");
            forecasts.addSpecialDay(today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)),
                    Forecasts.SpecialDayKind.INCIDENT, null, 1, "outage", "区域停电 area power outage");

            schedules.saveTemplate(template("early", "早班 Early", "07:00", "08:00", 510, 30, 15));
            schedules.saveTemplate(template("day", "白班 Day", "08:00", "09:00", 540, 60, 15));
            schedules.saveTemplate(template("late", "中晚班 Late", "12:30", "13:30", 510, 30, 15));
            schedules.saveTemplate(template("night", "夜班 Night", "21:00", "21:00", 600, 60, 15));
            schedules.saveContract(new Schedules.ContractView(null, "full-time", "全职 Full time 40h", 40 * 60, 11 * 60,
                    6, 2, null));
            schedules.saveContract(new Schedules.ContractView(null, "part-time", "兼职 Part time 24h", 24 * 60, 11 * 60,
                    5, 3, null));
            var agents = directory.agents();
            for (var agent : agents) {
                int n = number(agent.username());
                schedules.assignContract(agent.userId(), n > 16 ? "part-time" : "full-time", n == 3);
            }
            if (agents.isEmpty()) {
                return;
            }
            var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            agents.stream().filter(a -> number(a.username()) == 5).findFirst().ifPresent(a ->
                    schedules.setAvailability(a.userId(), monday.plusDays(9), Schedules.AvailabilityKind.LEAVE, "年假 annual leave"));
            var created = schedules.create(new Schedules.NewSchedule("第" + monday + "周排班 Roster", monday, 2,
                    List.of("billing", "outage", "general")));
            schedules.solveAndWait(created.id(), Duration.ofSeconds(15));
            schedules.publish(created.id(), schedules.get(created.id()).version());
            states(today, now, random);
        });
    }

    /** Today's agent states: mostly as scheduled, with a few late log-ins and long breaks. */
    private void states(java.time.LocalDate today, Instant now, Random random) {
        for (var shift : schedules.published(today.minusDays(1), today)) {
            if (shift.startsAt().isAfter(now) || shift.endsAt().isBefore(time.startOfDay(today))) {
                continue;
            }
            Instant login = shift.startsAt().plusSeconds(random.nextInt(10) < 2 ? 600 + random.nextInt(900) : 0);
            history.recordAgentState(shift.userId(), "READY", login);
            for (String pause : shift.pauses().split("; ")) {
                String[] f = pause.split(" ");
                if (f.length != 3) {
                    continue;
                }
                var at = time.local(shift.startsAt()).with(LocalTime.parse(f[0])).toInstant();
                if (at.isBefore(shift.startsAt())) {
                    at = at.plus(Duration.ofDays(1));
                }
                if (at.isAfter(now)) {
                    break;
                }
                history.recordAgentState(shift.userId(), f[2].equals("meal") ? "MEAL" : "BREAK", at);
                long minutes = Long.parseLong(f[1].replace("m", "")) + (random.nextInt(10) < 2 ? 12 : 0);
                history.recordAgentState(shift.userId(), "READY", at.plusSeconds(60 * minutes));
            }
        }
    }

    private static Schedules.TemplateForm template(String code, String name, String earliest, String latest,
                                                   int minutes, int meal, int breaks) {
        return new Schedules.TemplateForm(null, code, name, LocalTime.parse(earliest), LocalTime.parse(latest), 30,
                minutes, meal, breaks, null, true, null);
    }

    private static int number(String username) {
        try {
            return Integer.parseInt(username.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int poisson(Random random, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }
}
