package hotline.organization;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON contract of /api/v1: bodies, Location on create, and the problem documents of 400, 404 and 409. */
@HotlineWebTest
class OrganizationRestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Skills skills;
    @Autowired
    OrganizationFixtures fixtures;

    @Test
    void createsADepartmentWith201AndLocation() throws Exception {
        String code = unique("rest");
        mvc.perform(post("/api/v1/departments").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"营销部 %s","description":"电费","contactPhone":"95598"}""".formatted(code, code)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/departments/")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/departments").with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code)));
    }

    @Test
    void answers400ListingEachInvalidField() throws Exception {
        mvc.perform(post("/api/v1/departments").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"Not A Slug","name":"","contactPhone":"call me"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "name", "contactPhone")));
    }

    @Test
    void answers409OnAStaleVersion() throws Exception {
        String code = unique("stale");
        mvc.perform(post("/api/v1/departments").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"%s\",\"name\":\"%s\"}".formatted(code, code))).andExpect(status().isCreated());
        var list = mvc.perform(get("/api/v1/departments").with(TestUsers.as(Role.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        long departmentId = com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(list,
                "$[?(@.code == '" + code + "')].id").get(0);
        String change = "{\"name\":\"%s\",\"active\":true,\"version\":0}";
        mvc.perform(put("/api/v1/departments/{id}", departmentId).with(TestUsers.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted(code + " 改")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/departments/{id}", departmentId).with(TestUsers.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted(code + " 又改")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.expectedVersion").value(0))
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void answers404ForAnUnknownTeam() throws Exception {
        mvc.perform(get("/api/v1/teams/{id}", 987654).with(TestUsers.as(Role.AGENT)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resource").value("team"));
    }

    @Test
    void setsAgentSkillsWithVersionAndValidatesProficiency() throws Exception {
        String code = unique("sk");
        asAdmin(() -> skills.create(new NewSkill(code, "技能" + code, Channel.VOICE, null)));
        var agent = fixtures.person(Role.AGENT);
        mvc.perform(put("/api/v1/agents/{id}/skills", agent.id()).with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\":{\"%s\":4},\"version\":0}".formatted(code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills." + code).value(4))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/agents/{id}/skills", agent.id()).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.skills." + code).value(4));
        mvc.perform(put("/api/v1/agents/{id}/skills", agent.id()).with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\":{\"%s\":6},\"version\":1}".formatted(code)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("skills." + code))
                .andExpect(jsonPath("$.errors[0].rule").value("Range"));
        mvc.perform(put("/api/v1/agents/{id}/skills", agent.id()).with(TestUsers.as(Role.SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\":{\"%s\":2},\"version\":0}".formatted(code)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(put("/api/v1/agents/{id}/skills", agent.id()).with(TestUsers.as(Role.TEAM_LEAD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\":{},\"version\":1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void createsACalendarAddsEntriesAndImportsCsv() throws Exception {
        String name = unique("cal");
        var location = mvc.perform(post("/api/v1/calendars").with(TestUsers.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","hours":{"MONDAY":["08:30-12:00","13:30-17:30"],"SATURDAY":["09:00-12:00"]}}"""
                                .formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hours.MONDAY[1]").value("13:30-17:30"))
                .andExpect(jsonPath("$.defaultCalendar").value(false))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post(location + "/entries").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-10-10\",\"type\":\"WORKDAY\",\"name\":\"国庆节调休\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/entries/")))
                .andExpect(jsonPath("$.hours").isEmpty());
        mvc.perform(post(location + "/entries").with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-10-10\",\"type\":\"HOLIDAY\",\"name\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("duplicate"));
        mvc.perform(post(location + "/import").with(TestUsers.as(Role.ADMIN)).contentType("text/csv")
                        .content("date,type,name\n2026-10-01,HOLIDAY,国庆节\n2026-10-02,HOLIDAY,国庆节\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2));
        mvc.perform(post(location + "/import").with(TestUsers.as(Role.ADMIN)).contentType("text/csv")
                        .content("2026-10-03,HOLIDAY,国庆节\n2026-10-32,HOLIDAY,国庆节\nnonsense\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("line 2", "line 3")));
        mvc.perform(get(location + "/entries").param("year", "2026").with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.length()", is(3)))
                .andExpect(jsonPath("$[0].date").value("2026-10-01"));
        mvc.perform(put(location).with(TestUsers.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"hours\":{\"MONDAY\":[\"8 to 12\"]},\"version\":0}".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours.MONDAY[0]"));
        mvc.perform(get(location).with(TestUsers.as(Role.AGENT)))
                .andExpect(jsonPath("$.entryCount").value(3))
                .andExpect(jsonPath("$.name", endsWith(name)));
    }

    @Test
    void agentsAreListedWithSkills() throws Exception {
        var agent = fixtures.person(Role.AGENT);
        mvc.perform(get("/api/v1/agents").with(TestUsers.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(agent.username())));
    }
}
