package hotline.organization;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.identity.UserView;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.Set;

import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Console pages: whole pages on a normal request, only the fragment when htmx asks; forms and their errors. */
@HotlineWebTest
class OrganizationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    Skills skills;
    @Autowired
    Calendars calendars;
    @Autowired
    OrganizationFixtures fixtures;

    @Test
    void departmentListIsAPageOrItsRows() throws Exception {
        String code = unique("page");
        asAdmin(() -> departments.create(new NewDepartment(code, "计量 " + code, null, null)));
        mvc.perform(get("/admin/departments").with(TestUsers.as(Role.ADMIN)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("部门"), containsString(code))));
        mvc.perform(get("/admin/departments").param("text", code).with(TestUsers.as(Role.ADMIN))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<tbody"), containsString(code), not(containsString("<html")))));
    }

    @Test
    void createsADepartmentFromTheFormAndShowsFieldErrors() throws Exception {
        String code = unique("form");
        mvc.perform(post("/admin/departments").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("code", code).param("name", "财务 " + code).param("contactPhone", "0571-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/departments/*"));
        assertThat(departments.findByCode(code)).isPresent();
        mvc.perform(post("/admin/departments").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .header("Accept-Language", "en").param("code", "Bad Code").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("id=\"department-form\""))));
    }

    @Test
    void addsStaffWithHtmxAndAnswersTheStaffFragment() throws Exception {
        String code = unique("staff");
        var department = asAdmin(() -> departments.create(new NewDepartment(code, "运检 " + code, null, null)));
        var staff = fixtures.person(Role.DEPARTMENT);
        mvc.perform(post("/admin/departments/{id}/staff", department.id()).param("userId", String.valueOf(staff.id()))
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section"), containsString(staff.username()))));
        assertThat(departments.staffOf(department.id())).containsExactly(staff.id());
        mvc.perform(get("/admin/departments/{id}", department.id()).with(TestUsers.as(Role.ADMIN)))
                .andExpect(content().string(containsString(staff.username())));
    }

    @Test
    void aLeadSeesTheTeamAndMovesItsMembers() throws Exception {
        var lead = fixtures.person(Role.TEAM_LEAD);
        var agent = fixtures.person(Role.AGENT);
        var team = asAdmin(() -> teams.create(new NewTeam(unique("班组"), lead.id(), Set.of())));
        mvc.perform(get("/team/teams").with(TestUsers.as(lead.id(), lead.username(), Role.TEAM_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(team.name()), not(containsString("id=\"new-team\"")))));
        mvc.perform(post("/team/teams/{id}/members", team.id()).param("userId", String.valueOf(agent.id()))
                        .with(TestUsers.as(lead.id(), lead.username(), Role.TEAM_LEAD)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section"), containsString(agent.username()))));
        assertThat(teams.teamOf(agent.id())).map(TeamView::id).contains(team.id());
    }

    @Test
    void theSkillMatrixSavesOneRowAndAnswersThatRow() throws Exception {
        String code = unique("mx");
        asAdmin(() -> skills.create(new NewSkill(code, "矩阵 " + code, Channel.VOICE, null)));
        UserView agent = fixtures.person(Role.AGENT);
        mvc.perform(get("/team/skills").with(TestUsers.as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("矩阵 " + code), containsString("skills-" + agent.id()))));
        mvc.perform(post("/team/skills/{id}", agent.id()).param("version", "0").param("skill." + code, "4")
                        .with(TestUsers.as(Role.SUPERVISOR)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<tr"), containsString("agent-" + agent.id()))));
        assertThat(skills.skillsOf(agent.id())).isEqualTo(Map.of(code, 4));
        mvc.perform(post("/team/skills/{id}", agent.id()).param("version", "0").param("skill." + code, "2")
                        .with(TestUsers.as(Role.SUPERVISOR)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#messages"));
        mvc.perform(get("/team/skills").with(TestUsers.as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("skills-" + agent.id()))));
    }

    @Test
    void calendarPageShowsEntriesImportsAndComputesDeadlines() throws Exception {
        var calendar = asAdmin(() -> calendars.create(new NewCalendar(unique("页面日历"), null, CalendarsTests.OFFICE)));
        mvc.perform(get("/admin/calendars/{id}", calendar.id()).with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"entries\""), containsString("id=\"import\""),
                        containsString("id=\"check\""))));
        mvc.perform(multipart("/admin/calendars/{id}/import", calendar.id())
                        .file(new MockMultipartFile("file", "h.csv", "text/csv",
                                "2026-10-01,HOLIDAY,国庆节\n2026-10-02,HOLIDAY,国庆节\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section"), containsString("alert-success"))));
        mvc.perform(post("/admin/calendars/{id}/import", calendar.id()).param("text", "2026-10-03,HOLIDAY\n")
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("alert-danger"), containsString("line 1"))));
        mvc.perform(get("/admin/calendars/{id}/check", calendar.id()).param("start", "2026-09-30T16:30")
                        .param("workingHours", "2").param("workingDays", "1").param("end", "2026-10-08T17:30")
                        .with(TestUsers.as(Role.ADMIN)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                // only 10-01 and 10-02 are holidays in this calendar: the weekend, then Monday 10-05
                .andExpect(content().string(allOf(startsWith("<section"), containsString("2026-10-05 09:30"),
                        containsString("2026-10-05 17:30"), containsString(">31:00<"))));
        mvc.perform(post("/admin/calendars/{id}/entries", calendar.id()).param("date", "2026-10-10")
                        .param("type", "WORKDAY").param("name", "国庆节调休")
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section"), containsString("国庆节调休"))));
        assertThat(calendars.get(calendar.id()).entryCount()).isEqualTo(3);
    }

    @Test
    void calendarFormRejectsHoursThatAreNotPeriods() throws Exception {
        mvc.perform(post("/admin/calendars").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("name", unique("坏日历")).param("hours[MONDAY]", "8 to 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void listPagesExportToExcel() throws Exception {
        for (String path : new String[]{"/admin/departments/export", "/admin/skills/export", "/admin/calendars/export",
                "/team/teams/export", "/team/skills/export"}) {
            var result = mvc.perform(get(path).with(TestUsers.as(Role.ADMIN))).andReturn();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        }
    }
}
