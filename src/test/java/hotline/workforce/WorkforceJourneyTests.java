package hotline.workforce;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.NewUser;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.platform.time.CenterTime;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lead's way from history to a published schedule, and what follows: four weeks of flat 24-hour traffic for a
 * queue of its own, ten agents under a 40-hour contract (one on leave), a week solved and published that started
 * three days ago, so the past days have adherence and intraday figures and the coming days take requests. A schedule
 * covers every agent of the center, so this class has a database of its own (a context of its own): agents that other
 * test classes create would otherwise take the shifts and leave the checks with nobody to look at.
 */
@HotlineWebTest
@TestPropertySource(properties = "hotline.test.own-database=workforce-journey")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkforceJourneyTests {

    static final AtomicInteger COUNTER = new AtomicInteger();
    static final Actor LEAD = new Actor(900_100, "test-wf-lead", "组长", Set.of(Role.TEAM_LEAD));

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    WorkforceFeed feed;
    @Autowired
    Forecasts forecasts;
    @Autowired
    StaffingCalculator staffing;
    @Autowired
    Schedules schedules;
    @Autowired
    ShiftRequests requests;
    @Autowired
    Adherence adherence;
    @Autowired
    CenterTime time;

    String queue;
    LocalDate firstDay;
    LocalDate leaveDay;
    List<UserView> agents;
    UserView onLeave;
    Schedules.ScheduleView schedule;

    static String unique(String prefix) {
        return prefix + ProcessHandle.current().pid() % 1000 + "x" + COUNTER.incrementAndGet();
    }

    /** Contacts per 30 minutes: four from 07:00 to 21:00, one at night, every day alike (two agents, one at night). */
    static int pattern(int slot) {
        return slot >= 14 && slot < 42 ? 4 : 1;
    }

    static <T> T as(Actor actor, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var principal = new TestUsers.Principal(actor);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Actor actor(UserView user) {
        return new Actor(user.id(), user.username(), user.displayName(), user.roles());
    }

    void traffic(LocalDate day, double factor) {
        var rows = new ArrayList<ContactInterval>();
        for (int slot = 0; slot < 48; slot++) {
            int offered = (int) Math.round(pattern(slot) * factor);
            rows.add(new ContactInterval(queue, time.startOfDay(day).plusSeconds(1800L * slot), 30, offered, offered,
                    0, offered * 240.0, 0, offered * 5.0));
        }
        feed.recordIntervals(rows, "test");
    }

    @BeforeAll
    void aLeadBuildsAndPublishesAWeek() throws InterruptedException {
        queue = unique("wfq");
        firstDay = time.today().minusDays(3);
        leaveDay = firstDay.plusDays(5);
        for (var day = firstDay.minusWeeks(4); day.isBefore(firstDay.plusDays(1)); day = day.plusDays(1)) {
            traffic(day, 1);
        }
        agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = unique("wfa");
            agents.add(SystemActor.call(() -> users.create(new NewUser(name, "坐席 " + name, "secret12345", null, null,
                    Set.of(Role.AGENT)))));
        }
        onLeave = agents.get(9);
        schedule = as(LEAD, () -> {
            staffing.saveSettings(new StaffingCalculator.QueueSettings(queue, 30, 0.8, 20, null, 0.0, false, -1));
            String suffix = unique("");
            schedules.saveTemplate(template("e" + suffix, "06:00", "08:00", 480));
            schedules.saveTemplate(template("l" + suffix, "13:00", "15:00", 480));
            schedules.saveTemplate(template("n" + suffix, "22:00", "22:00", 480));
            var contract = schedules.saveContract(new Schedules.ContractView(null, "ft" + suffix, "全职 40h", 2400, 660,
                    6, 2, null));
            agents.forEach(a -> schedules.assignContract(a.id(), contract.code(), false));
            schedules.setAvailability(onLeave.id(), leaveDay, Schedules.AvailabilityKind.LEAVE, "年假");
            return schedules.create(new Schedules.NewSchedule("journey " + queue, firstDay, 1, List.of(queue)));
        });
        assertThat(schedule.status()).isEqualTo(Schedules.Status.DRAFT);
        as(LEAD, () -> schedules.solve(schedule.id(), 10));
        schedule = waitWhileSolving(schedule.id());
        assertThat(schedule.status()).isEqualTo(Schedules.Status.SOLVED);
        schedule = as(LEAD, () -> schedules.publish(schedule.id(), schedule.version()));
    }

    static Schedules.TemplateForm template(String code, String earliest, String latest, int minutes) {
        return new Schedules.TemplateForm(null, code, code, LocalTime.parse(earliest), LocalTime.parse(latest), 60,
                minutes, 30, 15, null, true, null);
    }

    Schedules.ScheduleView waitWhileSolving(long id) throws InterruptedException {
        // generous bound: a solve that never ends fails here instead of hanging the build
        for (int i = 0; i < 600; i++) {
            var now = as(LEAD, () -> schedules.get(id));
            if (now.status() != Schedules.Status.SOLVING) {
                return now;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("schedule " + id + " still solving after two minutes");
    }

    Map<Long, List<Schedules.ShiftView>> myAgentsShifts() {
        var mine = agents.stream().map(UserView::id).collect(Collectors.toSet());
        return as(LEAD, () -> schedules.shifts(schedule.id())).stream().filter(s -> mine.contains(s.userId()))
                .collect(Collectors.groupingBy(Schedules.ShiftView::userId));
    }

    @Test
    void theForecastKeepsTheLeadsAdjustmentAndItsReason() {
        var day = firstDay.plusWeeks(2);
        var tenOClock = time.startOfDay(day).plusSeconds(10 * 3600);
        var before = as(LEAD, () -> forecasts.forecastQueue(queue, day, 1));
        assertThat(before.method()).isNotNull();
        assertThat(before.backtestMape()).isNotNull();
        assertThat(before.forecast()).hasSize(48);
        as(LEAD, () -> {
            forecasts.adjust(queue, tenOClock, 25, "电视广告 TV advert at ten");
            return null;
        });
        var after = as(LEAD, () -> forecasts.forecastQueue(queue, day, 1));
        assertThat(after.forecast()).filteredOn(p -> p.start().toInstant().equals(tenOClock))
                .singleElement().satisfies(p -> assertThat(p.contacts()).isEqualTo(25));
        assertThat(after.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("电视广告 TV advert at ten");
            assertThat(a.createdBy()).isEqualTo(LEAD.username());
        });
        assertThatThrownBy(() -> as(LEAD, () -> {
            forecasts.adjust(queue, tenOClock, 30, " ");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    }

    @Test
    void theSolvedWeekKeepsLeaveRestHoursAndDaysOffAndCoversTheNights() {
        assertThat(as(LEAD, () -> schedules.explain(schedule.id()))).noneMatch(v -> v.level().equals("hard"));
        var byAgent = myAgentsShifts();
        assertThat(byAgent).isNotEmpty();
        assertThat(byAgent.getOrDefault(onLeave.id(), List.of())).noneMatch(s -> s.day().equals(leaveDay));
        byAgent.forEach((agent, shifts) -> {
            var sorted = shifts.stream().sorted(Comparator.comparing(Schedules.ShiftView::startsAt)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(Duration.between(sorted.get(i - 1).endsAt(), sorted.get(i).startsAt()))
                        .as("rest of agent %d before %s", agent, sorted.get(i).day())
                        .isGreaterThanOrEqualTo(Duration.ofHours(11));
            }
            assertThat(shifts.stream().mapToInt(Schedules.ShiftView::paidMinutes).sum()).isLessThanOrEqualTo(2400);
            assertThat(shifts.stream().map(Schedules.ShiftView::day).distinct().count()).isLessThanOrEqualTo(5);
        });
        var coverage = as(LEAD, () -> schedules.coverage(schedule.id()));
        assertThat(coverage).hasSize(7 * 48);
        // someone works at 03:00 on most nights: the requirement there is small, but not zero
        long coveredNights = coverage.stream().filter(c -> time.local(c.start()).toLocalTime().equals(LocalTime.of(3, 0)))
                .filter(c -> c.required() > 0 && c.covered() > 0).count();
        assertThat(coveredNights).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPublishedScheduleIsNotPublishedTwiceNorFromAStaleVersion() {
        assertThat(schedule.status()).isEqualTo(Schedules.Status.PUBLISHED);
        assertThatThrownBy(() -> as(LEAD, () -> schedules.publish(schedule.id(), schedule.version())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PUBLISHED");
        assertThatThrownBy(() -> as(LEAD, () -> schedules.publish(schedule.id(), schedule.version() - 1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void stoppingASolveKeepsTheBestScheduleFoundSoFar() throws InterruptedException {
        var next = as(LEAD, () -> schedules.create(new Schedules.NewSchedule("stop " + queue, firstDay.plusWeeks(1), 1,
                List.of(queue))));
        as(LEAD, () -> schedules.solve(next.id(), 1800));
        assertThat(as(LEAD, () -> schedules.progress(next.id())).solving()).isTrue();
        for (int i = 0; i < 100 && as(LEAD, () -> schedules.progress(next.id())).improvements() == 0; i++) {
            Thread.sleep(100);
        }
        as(LEAD, () -> {
            schedules.stop(next.id());
            return null;
        });
        var stopped = waitWhileSolving(next.id());
        assertThat(stopped.status()).isEqualTo(Schedules.Status.SOLVED);
        assertThat(stopped.score()).isNotBlank();
        assertThat(stopped.lowerBound()).isNotNull();
        assertThat(as(LEAD, () -> schedules.shifts(next.id()))).isNotEmpty();
        assertThat(as(LEAD, () -> schedules.progress(next.id())).solving()).isFalse();
    }

    @Test
    void anAgentSeesOnlyTheirOwnPublishedShifts() throws Exception {
        // the solver decides who works this week; take one of this class's agents who got shifts
        var byAgent = myAgentsShifts();
        var agent = agents.stream().filter(a -> !byAgent.getOrDefault(a.id(), List.of()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("none of the test's agents has a published shift"));
        var own = byAgent.get(agent.id());
        mvc.perform(get("/api/v1/workforce/my-shifts").with(TestUsers.as(agent.id(), agent.username(), Role.AGENT))
                        .param("from", firstDay.toString()).param("to", firstDay.plusDays(6).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(own.size()))
                .andExpect(jsonPath("$[*].userId", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is((int) agent.id()))));
        mvc.perform(get("/workforce/my-schedule").with(TestUsers.as(agent.id(), agent.username(), Role.AGENT))
                        .param("from", firstDay.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(own.get(0).templateCode())));
    }

    @Test
    void anApprovedSwapExchangesTheShiftsAndApprovedLeaveFreesTheDay() {
        var today = time.today();
        var byAgent = myAgentsShifts();
        var futureShifts = byAgent.values().stream().flatMap(List::stream).filter(s -> s.day().isAfter(today))
                .filter(s -> s.userId() != onLeave.id()).toList();
        // a shift of the coming days and a colleague who is off that day
        Schedules.ShiftView swap = null;
        UserView counterpart = null;
        for (var candidate : futureShifts) {
            var off = agents.stream().filter(a -> a.id() != candidate.userId() && a.id() != onLeave.id())
                    .filter(a -> byAgent.getOrDefault(a.id(), List.of()).stream()
                            .noneMatch(s -> s.day().equals(candidate.day())))
                    .findFirst();
            if (off.isPresent()) {
                swap = candidate;
                counterpart = off.get();
                break;
            }
        }
        assertThat(swap).as("a shift with a colleague off that day").isNotNull();
        var swapped = swap;
        var colleague = counterpart;
        var requester = agents.stream().filter(a -> a.id() == swapped.userId()).findFirst().orElseThrow();
        var asked = as(actor(requester), () -> requests.request(new ShiftRequests.NewShiftRequest(
                ShiftRequests.Kind.SWAP, swapped.day(), colleague.id(), "孩子生病 child is ill")));
        assertThat(asked.status()).isEqualTo(ShiftRequests.Status.PENDING);
        assertThat(as(LEAD, () -> requests.pending())).extracting(ShiftRequests.ShiftRequestView::id).contains(asked.id());
        assertThatThrownBy(() -> as(LEAD, () -> requests.decide(asked.id(), true, "ok", asked.version() + 1)))
                .isInstanceOf(ConflictException.class);
        as(LEAD, () -> requests.decide(asked.id(), true, "同意", asked.version()));
        var thatDay = as(LEAD, () -> schedules.published(swapped.day(), swapped.day()));
        assertThat(thatDay).noneMatch(s -> s.userId() == requester.id());
        assertThat(thatDay).filteredOn(s -> s.userId() == colleague.id()).singleElement()
                .satisfies(s -> assertThat(s.startsAt()).isEqualTo(swapped.startsAt()));
        assertThatThrownBy(() -> as(LEAD, () -> requests.decide(asked.id(), false, "no", asked.version() + 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("APPROVED");

        var leave = futureShifts.stream().filter(s -> s.userId() != requester.id() && s.userId() != colleague.id())
                .findFirst().orElseThrow();
        var leaver = agents.stream().filter(a -> a.id() == leave.userId()).findFirst().orElseThrow();
        var leaveAsked = as(actor(leaver), () -> requests.request(new ShiftRequests.NewShiftRequest(
                ShiftRequests.Kind.LEAVE, leave.day(), null, "搬家 moving house")));
        as(LEAD, () -> requests.decide(leaveAsked.id(), true, null, leaveAsked.version()));
        assertThat(as(LEAD, () -> schedules.published(leave.day(), leave.day()))).noneMatch(s -> s.userId() == leaver.id());
        assertThat(as(LEAD, () -> schedules.availability(leave.day(), leave.day())))
                .anyMatch(a -> a.userId() == leaver.id() && a.kind() == Schedules.AvailabilityKind.LEAVE);
        assertThatThrownBy(() -> as(actor(leaver), () -> requests.request(new ShiftRequests.NewShiftRequest(
                ShiftRequests.Kind.LEAVE, today.minusDays(1), null, "too late"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theRosterExportsToExcelOneRowPerShift() throws Exception {
        var started = mvc.perform(get("/workforce/schedules/" + schedule.id() + "/export")
                        .with(TestUsers.as(Role.TEAM_LEAD)))
                .andExpect(request().asyncStarted()).andReturn();
        var result = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        var shifts = as(LEAD, () -> schedules.shifts(schedule.id()));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             var rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(shifts.size() + 1);
            assertThat(all.stream().skip(1).map(r -> r.getCellText(0)).collect(Collectors.toSet()))
                    .containsAll(shifts.stream().map(Schedules.ShiftView::displayName).collect(Collectors.toSet()));
        }
    }

    @Test
    void theBuilderPageNamesTheRulesInTheReadersLanguageAndItsProgressIsAFragment() throws Exception {
        mvc.perform(get("/workforce/schedules/" + schedule.id()).with(TestUsers.as(Role.SUPERVISOR))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roster\"")))
                .andExpect(content().string(not(containsString("workforce.rule."))));
        mvc.perform(get("/workforce/schedules/" + schedule.id() + "/progress").with(TestUsers.as(Role.SUPERVISOR))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theAdherenceBoardCountsALateLoginAndPausesWorkedThroughInMinutes() {
        var day = firstDay.plusDays(1);
        var dayStart = time.startOfDay(day);
        var byAgent = myAgentsShifts();
        // a shift inside the day, of an agent with no shift running into that day
        var shift = byAgent.values().stream().flatMap(List::stream)
                .filter(s -> s.day().equals(day) && !s.startsAt().isBefore(dayStart)
                        && !s.endsAt().isAfter(dayStart.plus(Duration.ofDays(1))))
                .filter(s -> byAgent.get(s.userId()).stream().noneMatch(o -> o != s && o.endsAt().isAfter(dayStart)
                        && o.startsAt().isBefore(dayStart.plus(Duration.ofDays(1)))))
                .findFirst().orElseThrow();
        // logs in ten minutes late, stays ready through meal and break, logs out on time
        feed.recordAgentState(shift.userId(), "READY", shift.startsAt().plusSeconds(600));
        feed.recordAgentState(shift.userId(), "OFFLINE", shift.endsAt());
        long length = Duration.between(shift.startsAt(), shift.endsAt()).toMinutes();
        long paused = 0;
        for (String pause : shift.pauses().split("; ")) {
            paused += pause.isBlank() ? 0 : Long.parseLong(pause.split(" ")[1].replace("m", ""));
        }
        assertThat(paused).isEqualTo(60);   // a 30-minute meal and two 15-minute breaks
        var row = as(LEAD, () -> adherence.board(day)).stream().filter(r -> r.userId() == shift.userId())
                .findFirst().orElseThrow();
        assertThat(row.minutesOutOfAdherence()).isEqualTo(10 + paused);
        assertThat(row.adherence()).isCloseTo((double) (length - 10 - paused) / length, within(1e-9));
        assertThat(row.conformance()).isCloseTo((double) (length - paused - 10) / (length - paused), within(1e-9));
    }

    @Test
    void intradayShowsActualsAgainstForecastAndTheGapToTheScheduledAgents() {
        var day = firstDay.plusDays(1);
        traffic(day, 2);
        var intraday = as(LEAD, () -> adherence.intraday(queue, day));
        assertThat(intraday.points()).hasSize(48);
        double forecast = intraday.points().stream().mapToDouble(Adherence.IntradayPoint::forecast).sum();
        double actual = intraday.points().stream().mapToDouble(p -> p.actual() == null ? 0 : p.actual()).sum();
        // the whole day has closed: every interval shows its actual, and the ratio is actuals over forecast
        assertThat(intraday.points()).allSatisfy(p -> assertThat(p.actual()).isNotNull());
        assertThat(intraday.ratio()).isCloseTo(actual / forecast, within(1e-9));
        assertThat(intraday.ratio()).isCloseTo(2.0, within(0.05));
        assertThat(intraday.points()).allSatisfy(p -> {
            assertThat(p.reforecast()).isEqualTo(p.actual());
            assertThat(p.gap()).isEqualTo(p.scheduledAgents() - p.requiredAgents());
        });
        // on shift and not in a pause: the same count as the builder's coverage of that day
        var covered = new HashMap<Instant, Integer>();
        as(LEAD, () -> schedules.coverage(schedule.id())).forEach(c -> covered.put(c.start(), c.covered()));
        assertThat(intraday.points()).allSatisfy(p -> assertThat(p.scheduledAgents()).isEqualTo(covered.get(p.start())));
        assertThat(intraday.points().stream().mapToInt(Adherence.IntradayPoint::scheduledAgents).sum()).isPositive();
    }
}
