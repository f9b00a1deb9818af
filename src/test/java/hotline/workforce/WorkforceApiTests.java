package hotline.workforce;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The forecaster and the staffing calculator as systems call them. */
@HotlineWebTest
class WorkforceApiTests {

    @Autowired
    MockMvc mvc;

    static String history(int days) {
        var rows = new StringBuilder();
        var monday = LocalDate.of(2026, 1, 5);
        for (int d = 0; d < days; d++) {
            for (int h = 7; h < 21; h++) {
                var start = OffsetDateTime.of(monday.plusDays(d).atTime(h, 0), ZoneOffset.ofHours(8));
                int contacts = 50 + 10 * (h % 5) + (monday.plusDays(d).getDayOfWeek().getValue() >= 6 ? -30 : 0);
                rows.append(rows.isEmpty() ? "" : ",").append("{\"start\":\"").append(start).append("\",\"contacts\":")
                        .append(contacts).append('}');
            }
        }
        return rows.toString();
    }

    @Test
    void forecastsTheIntervalsThatFollowTheHistoryWithItsBacktestError() throws Exception {
        String body = "{\"intervalMinutes\":60,\"horizonIntervals\":20,\"history\":[" + history(28) + "]}";
        mvc.perform(post("/api/v1/workforce/forecasts").with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method", notNullValue()))
                .andExpect(jsonPath("$.backtestMape").value(closeTo(0.0, 1e-6), Double.class))
                .andExpect(jsonPath("$.points", hasSize(20)))
                // the history ends Sunday 20:00; 21:00–07:00 is closed, so the next interval is Monday 07:00
                .andExpect(jsonPath("$.points[0].start", is("2026-02-02T07:00+08:00")))
                .andExpect(jsonPath("$.points[0].contacts").value(closeTo(70.0, 1e-6), Double.class))
                .andExpect(jsonPath("$.points[14].start", is("2026-02-03T07:00+08:00")));
    }

    @Test
    void answersFiveMinuteIntervalsToo() throws Exception {
        var rows = new StringBuilder();
        var start = OffsetDateTime.of(2026, 1, 5, 7, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 0; i < 12 * 24 * 4; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"start\":\"").append(start.plusMinutes(5L * i))
                    .append("\",\"contacts\":").append(3 + i % 7).append('}');
        }
        mvc.perform(post("/api/v1/workforce/forecasts").with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intervalMinutes\":5,\"horizonIntervals\":12,\"history\":[" + rows + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(12)))
                .andExpect(jsonPath("$.points[0].start", is("2026-01-09T07:00+08:00")));
    }

    @Test
    void refusesAForecastWithoutHistory() throws Exception {
        mvc.perform(post("/api/v1/workforce/forecasts").with(TestUsers.as(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"intervalMinutes\":30,\"horizonIntervals\":4,\"history\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/workforce/forecasts").with(TestUsers.as(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intervalMinutes\":7,\"horizonIntervals\":4,\"history\":[{\"start\":\"2026-01-05T07:00:00+08:00\",\"contacts\":1}]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffsTheTextbookExampleWithErlangC() throws Exception {
        mvc.perform(get("/api/v1/workforce/staffing").with(TestUsers.as(Role.TEAM_LEAD))
                        .param("contacts", "100").param("intervalMinutes", "30").param("ahtSeconds", "180")
                        .param("serviceLevel", "0.8").param("targetSeconds", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents", is(14)))
                .andExpect(jsonPath("$.serviceLevel").value(closeTo(0.8883, 1e-4), Double.class))
                .andExpect(jsonPath("$.probabilityOfWaiting").value(closeTo(0.1741, 1e-4), Double.class))
                .andExpect(jsonPath("$.averageSpeedOfAnswerSeconds").value(closeTo(7.84, 0.01), Double.class))
                .andExpect(jsonPath("$.occupancy").value(closeTo(10.0 / 14, 1e-9), Double.class))
                .andExpect(jsonPath("$.scheduledAgents").doesNotExist());
    }

    @Test
    void addsShrinkageAndAbandonmentWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/workforce/staffing").with(TestUsers.as(Role.ADMIN))
                        .param("contacts", "100").param("intervalMinutes", "30").param("ahtSeconds", "180")
                        .param("serviceLevel", "0.8").param("targetSeconds", "20")
                        .param("patienceSeconds", "120").param("shrinkage", "0.3").param("maxOccupancy", "0.85"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model", is("ERLANG_A")))
                .andExpect(jsonPath("$.agents", greaterThanOrEqualTo(12)))
                .andExpect(jsonPath("$.scheduledAgents", greaterThan(16)))
                .andExpect(jsonPath("$.probabilityOfAbandon", notNullValue()));
    }

    @Test
    void rejectsImpossibleTargetsAndHidesTheCalculatorFromAgents() throws Exception {
        mvc.perform(get("/api/v1/workforce/staffing").with(TestUsers.as(Role.TEAM_LEAD))
                        .param("contacts", "100").param("intervalMinutes", "30").param("ahtSeconds", "180")
                        .param("serviceLevel", "1.5"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/workforce/staffing").with(TestUsers.as(Role.AGENT))
                        .param("contacts", "100").param("intervalMinutes", "30").param("ahtSeconds", "180"))
                .andExpect(status().isForbidden());
    }
}
