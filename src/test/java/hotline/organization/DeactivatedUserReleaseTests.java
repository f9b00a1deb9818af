package hotline.organization;

import hotline.HotlineWebTest;
import hotline.identity.UserChange;
import hotline.identity.UserView;
import hotline.identity.Users;
import hotline.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Set;

import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Disabling an account (identity's UserDeactivated) takes the person out of teams and departments. */
@HotlineWebTest
class DeactivatedUserReleaseTests {

    @Autowired
    Users users;
    @Autowired
    Teams teams;
    @Autowired
    Departments departments;
    @Autowired
    OrganizationFixtures fixtures;

    @Test
    void aDisabledAgentLeavesTheTeamAndADisabledLeadLeavesTheTeamsTheyLed() {
        var lead = fixtures.person(Role.TEAM_LEAD);
        var agent = fixtures.person(Role.AGENT);
        var team = asAdmin(() -> teams.create(new NewTeam(unique("组"), lead.id(), Set.of(agent.id()))));
        disable(agent);
        disable(lead);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(teams.teamOf(agent.id())).isEmpty();
            assertThat(teams.get(team.id()).leadUserId()).isNull();
        });
    }

    @Test
    void disabledStaffLeaveTheirDepartment() {
        String code = unique("rel");
        var department = asAdmin(() -> departments.create(new NewDepartment(code, "部门 " + code, null, null)));
        var staff = fixtures.person(Role.DEPARTMENT);
        asAdmin(() -> departments.assignStaff(department.id(), staff.id()));
        disable(staff);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(departments.departmentOf(staff.id())).isEmpty());
    }

    private void disable(UserView user) {
        asAdmin(() -> users.update(user.id(), new UserChange(user.displayName(), null, null, user.roles(), false,
                user.version())));
    }
}
