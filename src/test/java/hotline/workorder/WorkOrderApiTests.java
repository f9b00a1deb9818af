package hotline.workorder;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The work-order API's contract: 201 with number and deadlines, one action per URL, 400/404/409 bodies. */
@HotlineWebTest
class WorkOrderApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;

    LoopFixture f;

    @BeforeEach
    void center() {
        f = new LoopFixture(users, departments, teams);
    }

    static RequestPostProcessor as(Actor actor) {
        return TestUsers.as(actor.id(), actor.username(), actor.roles().toArray(hotline.platform.security.Role[]::new));
    }

    long create(String phone) throws Exception {
        var body = """
                {"type":"COMPLAINT","urgency":"NORMAL","title":"电压不稳","description":"晚上灯光忽明忽暗",
                 "channel":"PHONE","customerName":"赵六","customerPhone":"%s","departmentId":%d}
                """.formatted(phone, f.departmentId);
        var result = mvc.perform(post("/api/v1/work-orders").with(as(f.agent)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/work-orders/\\d+")))
                .andExpect(jsonPath("$.number").value(matchesPattern("GD\\d{14}")))
                .andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.signOffDueAt").exists())
                .andExpect(jsonPath("$.handleDueAt").exists())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void createsAndMovesAnOrderOneActionPerUrl() throws Exception {
        long id = create("13600000001");
        mvc.perform(post("/api/v1/work-orders/{id}/sign-off", id).with(as(f.staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.allowedActions").value(hasItem("REPLY")));
        mvc.perform(get("/api/v1/work-orders/{id}/steps", id).with(as(f.agent)))
                .andExpect(jsonPath("$[*].action").value(containsInAnyOrder("ACCEPT", "DISPATCH", "SIGN_OFF")));
    }

    @Test
    void anIllegalActionAnswers409NamingTheStatusAndTheAction() throws Exception {
        long id = create("13600000002");
        mvc.perform(post("/api/v1/work-orders/{id}/reply", id).with(as(f.staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"text\":\"已处理\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("illegal-transition"))
                .andExpect(jsonPath("$.currentStatus").value("DISPATCHED"))
                .andExpect(jsonPath("$.action").value("reply"))
                .andExpect(jsonPath("$.detail").value(matchesPattern("cannot reply: work order GD\\d{14} is DISPATCHED")));
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentOne() throws Exception {
        long id = create("13600000003");
        mvc.perform(post("/api/v1/work-orders/{id}/sign-off", id).with(as(f.staff))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/work-orders/{id}/return", id).with(as(f.staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"reason\":\"派错部门\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(2));
    }

    @Test
    void invalidIntakeNamesEachField() throws Exception {
        mvc.perform(post("/api/v1/work-orders").with(as(f.agent)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"COMPLAINT\",\"title\":\"\",\"customerPhone\":\"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("urgency", "title", "description", "channel", "customerPhone")));
        mvc.perform(post("/api/v1/work-orders").with(as(f.agent)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"COMPLAINT\",\"urgency\":\"NORMAL\",\"title\":\"t\",\"description\":\"d\","
                                + "\"channel\":\"PHONE\",\"departmentId\":987654}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"))
                .andExpect(jsonPath("$.errors[0].rule").value("Exists"));
    }

    @Test
    void someoneElsesDepartmentGets404NotAHint() throws Exception {
        long id = create("13600000004");
        mvc.perform(get("/api/v1/work-orders/{id}", id).with(as(f.otherStaff)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resource").value("work order"));
    }

    @Test
    void attachesAFileThatOnlyThoseWhoSeeTheOrderCanDownload() throws Exception {
        long id = create("13600000007");
        byte[] photo = "\u0089PNG fake meter photo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = new org.springframework.mock.web.MockMultipartFile("file", "电表照片.png", "image/png", photo);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/work-orders/{id}/attachments", id).file(file).with(as(f.agent)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("电表照片.png"))
                .andExpect(jsonPath("$.sizeBytes").value(photo.length))
                .andExpect(jsonPath("$.sha256").value(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(photo))));
        var list = mvc.perform(get("/api/v1/work-orders/{id}/attachments", id).with(as(f.staff)))
                .andExpect(status().isOk()).andReturn();
        long attachment = json.readTree(list.getResponse().getContentAsString()).get(0).get("id").asLong();
        mvc.perform(get("/api/v1/work-orders/{id}/attachments/{a}", id, attachment).with(as(f.staff)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(photo));
        mvc.perform(get("/api/v1/work-orders/{id}/attachments/{a}", id, attachment).with(as(f.otherStaff)))
                .andExpect(status().isNotFound());
        var script = new org.springframework.mock.web.MockMultipartFile("file", "x.html", "text/html", "<script>".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/work-orders/{id}/attachments", id).file(script).with(as(f.agent)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("ContentType"));
    }

    @Test
    void listsTheDepartmentInboxSortedByDeadline() throws Exception {
        long first = create("13600000005");
        long second = create("13600000006");
        mvc.perform(get("/api/v1/work-orders").param("view", "INBOX").with(as(f.staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].id").value(first))
                .andExpect(jsonPath("$.rows[1].id").value(second));
    }
}
