package hotline.incident;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Incidents through the API and the facade other modules call: coverage, links, closing, errors. */
@HotlineWebTest
@RecordApplicationEvents
class IncidentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Incidents incidents;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEvents events;

    static String street() {
        return "测试区" + UUID.randomUUID().toString().substring(0, 6) + "路";
    }

    private String declaration(String street, String account, String wording) {
        var start = Instant.now().minus(10, ChronoUnit.MINUTES);
        return """
                {"title":"%s故障停电","type":"OUTAGE","area":{"addressPrefixes":["%s"],"districts":[],"accountNumbers":["%s"]},
                 "startedAt":"%s","expectedEndAt":"%s","wording":"%s"}""".formatted(street, street, account, start,
                start.plus(3, ChronoUnit.HOURS), wording);
    }

    private long declare(String body) throws Exception {
        var result = mvc.perform(post("/api/v1/incidents").with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void answersWhichIncidentCoversACaller() throws Exception {
        String street = street();
        String account = String.valueOf(System.nanoTime());
        long id = declare(declaration(street, account, "因线路故障临时停电，预计两小时内恢复。"));
        assertThat(events.stream(IncidentDeclared.class)).anyMatch(e -> e.incidentId() == id);

        mvc.perform(get("/api/v1/incidents/active").param("address", street + "8号").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.wording").value("因线路故障临时停电，预计两小时内恢复。"));
        mvc.perform(get("/api/v1/incidents/active").param("account", account).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/incidents/active").param("address", "别处" + street).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNoContent());
        assertThat(SystemActor.call(() -> incidents.announcementFor(street + "1号", null)))
                .contains("因线路故障临时停电，预计两小时内恢复。");
    }

    @Test
    void closingSummarisesTheLinkedContactsAndOrdersAndReportsUpwards() throws Exception {
        String street = street();
        long id = declare(declaration(street, "x" + System.nanoTime(), "统一口径"));
        SystemActor.run(() -> {
            assertThat(incidents.attachWorkOrder("GD-1", street + "1号", null)).map(ActiveIncident::id).contains(id);
            assertThat(incidents.attachContact("CALL-1", street + "2号", null)).isPresent();
            assertThat(incidents.attachContact("CALL-1", street + "2号", null)).as("idempotent").isPresent();
            assertThat(incidents.attachWorkOrder("GD-2", "无关地址", null)).isEmpty();
        });
        mvc.perform(post("/api/v1/incidents/" + id + "/contacts").with(TestUsers.as(Role.AGENT))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reference\":\"CALL-2\"}")).andExpect(status().isNoContent());
        long version = SystemActor.call(() -> incidents.get(id).version());
        mvc.perform(post("/api/v1/incidents/" + id + "/close").with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\":\"更换故障设备后恢复送电\",\"reportTo\":\"省公司客服中心\",\"version\":%d}".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.summary.contacts").value(2))
                .andExpect(jsonPath("$.summary.workOrders").value(1))
                .andExpect(jsonPath("$.summary.resolution").value("更换故障设备后恢复送电"));
        mvc.perform(get("/api/v1/incidents/" + id + "/report").with(TestUsers.as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value("省公司客服中心"))
                .andExpect(jsonPath("$.body", containsString("客户来电：2 次；关联工单：1 张")));
        assertThat(events.stream(IncidentClosed.class)).anyMatch(e -> e.incidentId() == id && e.contacts() == 2);

        mvc.perform(get("/api/v1/incidents/active").param("address", street + "1号").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/incidents/" + id + "/work-orders").with(TestUsers.as(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reference\":\"GD-9\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("CLOSED"));
        mvc.perform(put("/api/v1/incidents/" + id).with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration(street, "1", "新口径").replace("}", ",\"version\":" + (version + 1) + "}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("cannot update: incident " + id + " is CLOSED"));
    }

    @Test
    void refusesAStaleEdit() throws Exception {
        String street = street();
        long id = declare(declaration(street, "y" + System.nanoTime(), "口径一"));
        long version = SystemActor.call(() -> incidents.get(id).version());
        String edit = declaration(street, "1", "口径二").replaceFirst("}$", ",\"version\":" + version + "}");
        mvc.perform(put("/api/v1/incidents/" + id).with(TestUsers.as(Role.TEAM_LEAD)).contentType(MediaType.APPLICATION_JSON)
                .content(edit)).andExpect(status().isOk()).andExpect(jsonPath("$.wording").value("口径二"));
        mvc.perform(put("/api/v1/incidents/" + id).with(TestUsers.as(Role.MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
    }

    @Test
    void listsEachInvalidField() throws Exception {
        mvc.perform(post("/api/v1/incidents").with(TestUsers.as(Role.TEAM_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"area\":{},\"wording\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "type", "startedAt")));
        mvc.perform(post("/api/v1/incidents").with(TestUsers.as(Role.TEAM_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"t","type":"OTHER","area":{"districts":[" "]},"startedAt":"2026-01-01T10:00:00Z",
                                 "expectedEndAt":"2026-01-01T09:00:00Z","wording":"w"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("area", "expectedEndAt")));
    }

    @Test
    void bulletinsAndHandoverFollowTheirRules() throws Exception {
        mvc.perform(post("/api/v1/bulletins").with(TestUsers.as(Role.TEAM_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"晨会\",\"body\":\"要点\",\"validFrom\":\"2026-05-02\",\"validUntil\":\"2026-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        var result = mvc.perform(post("/api/v1/handover-log").with(TestUsers.as(900_101, "lead-a", Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shiftDate\":\"2026-05-01\",\"shift\":\"夜班\",\"notes\":\"平稳\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handedOverBy").value("lead-a"))
                .andReturn();
        long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(post("/api/v1/handover-log/" + id + "/acknowledge").with(TestUsers.as(900_101, "lead-a", Role.TEAM_LEAD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("own-entry"));
        mvc.perform(post("/api/v1/handover-log/" + id + "/acknowledge").with(TestUsers.as(900_102, "lead-b", Role.TEAM_LEAD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedBy").value("lead-b"));
        mvc.perform(post("/api/v1/handover-log/" + id + "/acknowledge").with(TestUsers.as(900_103, "lead-c", Role.TEAM_LEAD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("acknowledged"));
    }

    static List<String> none() {
        return List.of();
    }
}
