package hotline.telephony.recording;

import hotline.HotlineWebTest;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.time.CenterTime;
import hotline.workorder.LoopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static hotline.telephony.recording.RecordingArchiveTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The recordings page as team leads and inspectors search it: by agent, days, caller's number, a page at a time. */
@HotlineWebTest
class RecordingListTests {

    private static final Pattern ROW = Pattern.compile("href=\"/recordings/([0-9a-f-]{36})\"");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Departments departments;
    @Autowired Teams teams;
    @Autowired JdbcClient jdbc;
    @Autowired CenterTime time;

    LoopFixture center;

    @BeforeEach
    void center() {
        center = new LoopFixture(users, departments, teams);
    }

    /** A recording row as the archive writes it; the list never opens the file. */
    private UUID recording(Actor agent, UUID contact, Instant startedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into telephony.recording (id, recording_key, contact_id, agent_id, type, source,
                            started_at, seconds, bytes, sha256, channels, sample_rate, storage_path, archived_at)
                        values (?, ?, ?, ?, 'contact', 'switch', ?, 30, 1000, 'x', 2, 8000, ?, now())""")
                .params(id, "test/" + id, contact, agent.id(), Timestamp.from(startedAt), "test/" + id + ".wav")
                .update();
        return id;
    }

    private UUID recording(Actor agent, Instant startedAt) {
        return recording(agent, UUID.randomUUID(), startedAt);
    }

    private List<String> rows(MockHttpServletRequestBuilder request, Actor viewer) throws Exception {
        var html = page(request, viewer);
        var ids = new ArrayList<String>();
        ROW.matcher(html).results().forEach(m -> ids.add(m.group(1)));
        return ids;
    }

    private String page(MockHttpServletRequestBuilder request, Actor viewer) throws Exception {
        return mvc.perform(request.with(as(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void filtersByAgentAndOffersOnlyTheAgentsTheViewerMayHear() throws Exception {
        var at = Instant.parse("2025-05-06T02:00:00Z");
        var first = recording(center.agent, at);
        var second = recording(center.agent, at.plusSeconds(60));
        var others = recording(center.otherAgent, at.plusSeconds(120));
        var stranger = new LoopFixture(users, departments, teams);
        var strangers = recording(stranger.agent, at.plusSeconds(180));

        assertThat(rows(get("/recordings").param("agentId", String.valueOf(center.agent.id())), center.qa))
                .containsExactly(second.toString(), first.toString());
        var html = page(get("/recordings").param("agentId", String.valueOf(center.otherAgent.id())), center.qa);
        assertThat(ROW.matcher(html).results().map(m -> m.group(1))).containsExactly(others.toString());
        assertThat(html).contains(center.otherAgent.displayName(), stranger.agent.displayName());

        // a team lead is offered the team, and asking for someone else's agent widens nothing
        var lead = page(get("/recordings"), center.lead);
        assertThat(lead).contains("value=\"" + center.agent.id() + "\"", center.otherAgent.displayName())
                .doesNotContain(stranger.agent.displayName());
        assertThat(rows(get("/recordings").param("agentId", String.valueOf(stranger.agent.id())), center.lead))
                .isEmpty();
        assertThat(rows(get("/recordings").param("agentId", String.valueOf(stranger.agent.id())), center.qa))
                .containsExactly(strangers.toString());
    }

    @Test
    void filtersByDaysInTheCentersTimeZoneBothIncluded() throws Exception {
        var zone = time.zone();
        var from = LocalDate.of(2025, 3, 10);
        var to = LocalDate.of(2025, 3, 11);
        var dayBefore = recording(center.agent, from.atStartOfDay(zone).minusMinutes(1).toInstant());
        var firstDay = recording(center.agent, from.atStartOfDay(zone).plusMinutes(1).toInstant());
        var lastDay = recording(center.agent, to.plusDays(1).atStartOfDay(zone).minusMinutes(1).toInstant());
        var dayAfter = recording(center.agent, to.plusDays(1).atStartOfDay(zone).toInstant());
        var agent = String.valueOf(center.agent.id());

        assertThat(rows(get("/recordings").param("agentId", agent).param("from", from.toString())
                .param("to", to.toString()), center.supervisor))
                .containsExactly(lastDay.toString(), firstDay.toString());
        assertThat(rows(get("/recordings").param("agentId", agent).param("from", to.toString())
                .param("to", from.toString()), center.supervisor))
                .as("a range given backwards").containsExactly(lastDay.toString(), firstDay.toString());
        assertThat(rows(get("/recordings").param("agentId", agent).param("from", to.toString()), center.supervisor))
                .containsExactly(dayAfter.toString(), lastDay.toString());
        assertThat(rows(get("/recordings").param("agentId", agent).param("to", from.minusDays(1).toString()),
                center.supervisor)).containsExactly(dayBefore.toString());
        // the old single-day links still work
        var html = page(get("/recordings").param("agentId", agent).param("day", from.toString()), center.supervisor);
        assertThat(ROW.matcher(html).results().map(m -> m.group(1))).containsExactly(firstDay.toString());
        assertThat(html).contains("value=\"" + from + "\"");
    }

    @Test
    void pagesFiftyAtATimeNewestFirstKeepingTheFilters() throws Exception {
        var start = Instant.parse("2025-01-15T01:00:00Z");
        var ids = new ArrayList<String>();
        for (int i = 0; i < 53; i++) {
            ids.add(0, recording(center.agent, start.plusSeconds(60L * i)).toString());    // newest first
        }
        var agent = String.valueOf(center.agent.id());

        var first = page(get("/recordings").param("agentId", agent), center.qa);
        assertThat(ROW.matcher(first).results().map(m -> m.group(1))).containsExactlyElementsOf(ids.subList(0, 50));
        assertThat(first).contains("id=\"next-page\"", "agentId=" + agent + "&amp;page=1")
                .doesNotContain("id=\"previous-page\"");

        mvc.perform(get("/recordings").param("agentId", agent).param("page", "1").header("HX-Request", "true")
                        .with(as(center.qa)))
                .andExpect(status().isOk()).andExpect(view().name("telephony/recordings :: rows"));
        var second = page(get("/recordings").param("agentId", agent).param("page", "1"), center.qa);
        assertThat(ROW.matcher(second).results().map(m -> m.group(1))).containsExactlyElementsOf(ids.subList(50, 53));
        assertThat(second).contains("id=\"previous-page\"", "/recordings?agentId=" + agent + "\"")
                .doesNotContain("id=\"next-page\"");

        // exactly one page full: no next page announced
        for (int i = 0; i < 50; i++) {
            recording(center.otherAgent, start.plusSeconds(60L * i));
        }
        var full = page(get("/recordings").param("agentId", String.valueOf(center.otherAgent.id())), center.qa);
        assertThat(ROW.matcher(full).results()).hasSize(50);
        assertThat(full).doesNotContain("id=\"next-page\"", "id=\"previous-page\"");
    }

    @Test
    void findsACallersRecordingsByTheWholeNumberInAnyNotationMaskedForInspectors() throws Exception {
        String number = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var contact = UUID.randomUUID();
        jdbc.sql("""
                        insert into routing.contact (id, channel, queue_id, queue_code, status, caller_number,
                            arrived_at, waiting_since, agent_id)
                        values (?, 'VOICE', 0, 'test', 'ENDED', ?, now(), now(), ?)""")
                .params(contact, "+86 " + number, center.agent.id()).update();
        var id = recording(center.agent, contact, Instant.parse("2025-02-01T03:00:00Z")).toString();
        recording(center.agent, Instant.parse("2025-02-01T04:00:00Z"));

        var inspector = page(get("/recordings").param("phone", number.substring(0, 3) + "-"
                + number.substring(3, 7) + "-" + number.substring(7)), center.qa);
        assertThat(ROW.matcher(inspector).results().map(m -> m.group(1))).containsExactly(id);
        assertThat(inspector).contains(PhoneMask.mask("+86 " + number)).doesNotContain(number);
        var supervisor = page(get("/recordings").param("phone", "0" + number), center.supervisor);
        assertThat(ROW.matcher(supervisor).results().map(m -> m.group(1))).containsExactly(id);
        assertThat(supervisor).contains("+86 " + number);

        // a part of a number is no search: it would let masked readers guess numbers
        var refused = page(get("/recordings").param("phone", number.substring(7)), center.qa);
        assertThat(refused).contains("id=\"phone-refused\"");
        assertThat(ROW.matcher(refused).results()).isEmpty();
        mvc.perform(get("/api/v1/recordings").param("phone", number.substring(7)).with(as(center.qa)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(get("/api/v1/recordings").param("phone", "+86" + number).with(as(center.manager)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
        // the number finds nothing the reader may not hear
        var stranger = new LoopFixture(users, departments, teams);
        assertThat(rows(get("/recordings").param("phone", number), stranger.lead)).isEmpty();
    }
}
