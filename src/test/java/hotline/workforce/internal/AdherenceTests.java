package hotline.workforce.internal;

import hotline.workforce.AgentState;
import hotline.workforce.Schedules.ShiftView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Adherence and conformance of one agent, minute by minute, against a shift with a meal. */
class AdherenceTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Instant at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    // 08:00–12:00 with a 30-minute meal at 10:00
    static final ShiftView SHIFT = new ShiftView(1, 7, "王芳", DAY, "day", at("08:00"), at("12:00"), 210, "10:00 30m meal");

    static HistoryStore.StateChange change(String time, AgentState state) {
        return new HistoryStore.StateChange(7, state, at(time));
    }

    @Test
    void anAgentWhoFollowsTheScheduleIsFullyAdherent() {
        var changes = List.of(change("07:58", AgentState.AVAILABLE), change("10:00", AgentState.MEAL),
                change("10:30", AgentState.ON_CONTACT), change("12:00", AgentState.LOGGED_OUT));
        var result = AdherenceService.adherence(7, List.of(SHIFT), changes, at("00:00"), at("12:30"), ZONE);
        assertThat(result.minutesOutOfAdherence()).isZero();
        assertThat(result.adherence()).isEqualTo(1.0);
        assertThat(result.conformance()).isEqualTo(1.0);
    }

    @Test
    void aLateLoginAndALongMealAreCountedInMinutes() {
        var changes = List.of(change("08:10", AgentState.AVAILABLE), change("10:00", AgentState.MEAL),
                change("10:45", AgentState.AVAILABLE));
        var result = AdherenceService.adherence(7, List.of(SHIFT), changes, at("00:00"), at("12:00"), ZONE);
        // 10 minutes late, 15 minutes of meal too many
        assertThat(result.minutesOutOfAdherence()).isEqualTo(25);
        assertThat(result.adherence()).isCloseTo(215.0 / 240, within(1e-9));
        // logged in (any state) for 200 of the 210 minutes scheduled to work
        assertThat(result.conformance()).isCloseTo(200.0 / 210, within(1e-9));
    }

    @Test
    void onlyTheDaySoFarCounts() {
        var changes = List.of(change("08:00", AgentState.NOT_READY));
        var result = AdherenceService.adherence(7, List.of(SHIFT), changes, at("00:00"), at("09:00"), ZONE);
        assertThat(result.minutesOutOfAdherence()).isEqualTo(60);
        assertThat(result.inAdherence()).isFalse();
        assertThat(result.scheduledNow()).isEqualTo("WORK");
        assertThat(result.stateNow()).isEqualTo("NOT_READY");
    }

    @Test
    void routingStateNamesMapOntoAdherenceStates() {
        assertThat(AgentState.of("ready")).isEqualTo(AgentState.AVAILABLE);
        assertThat(AgentState.of("ACW")).isEqualTo(AgentState.WRAP_UP);
        assertThat(AgentState.of("lunch")).isEqualTo(AgentState.MEAL);
        assertThat(AgentState.of("something-else")).isEqualTo(AgentState.NOT_READY);
        assertThat(AgentState.of("offline")).isEqualTo(AgentState.LOGGED_OUT);
    }
}
