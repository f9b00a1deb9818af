package hotline.organization;

import hotline.HotlineWebTest;
import hotline.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;

import static hotline.organization.OrganizationFixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo center's organization is seeded on an empty database (its own application context and database). */
@HotlineWebTest
@TestPropertySource(properties = "hotline.demo=true")
class OrganizationDemoTests {

    @Autowired
    Departments departments;
    @Autowired
    Teams teams;
    @Autowired
    Skills skills;
    @Autowired
    Calendars calendars;
    @Autowired
    Users users;

    @Test
    void seedsDepartmentsWithTheirStaff() {
        assertThat(asAdmin(() -> departments.listActive())).extracting(DepartmentView::code)
                .containsExactlyInAnyOrder("finance", "it", "marketing", "metering", "repair", "service");
        var marketing = departments.findByCode("marketing").orElseThrow();
        assertThat(marketing.name()).isEqualTo("营销部");
        var staff = users.findByUsername("dept-marketing").orElseThrow();
        assertThat(departments.departmentOf(staff.id())).contains(marketing.id());
    }

    @Test
    void seedsThreeTeamsOfAgentsWithSkills() {
        var lead1 = users.findByUsername("lead1").orElseThrow();
        assertThat(teams.ledBy(lead1.id())).extracting(TeamView::name).containsExactly("一组", "三组");
        assertThat(asAdmin(() -> teams.list())).extracting(t -> t.memberIds().size()).containsExactlyInAnyOrder(7, 7, 6);
        var agent7 = users.findByUsername("agent7").orElseThrow();
        assertThat(teams.teamOf(agent7.id())).map(TeamView::name).contains("一组");
        assertThat(asAdmin(() -> skills.agents())).hasSize(20)
                .allSatisfy(a -> assertThat(a.skills()).containsKeys("billing", "outage"));
        assertThat(asAdmin(() -> skills.agents())).anySatisfy(a -> assertThat(a.skills()).containsKey("english"));
    }

    @Test
    void theDefaultCalendarKnowsChinas2026Holidays() {
        var calendar = calendars.defaultCalendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.entries()).hasSize(39);
    }
}
