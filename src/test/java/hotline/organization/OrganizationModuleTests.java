package hotline.organization;

import hotline.identity.NewUser;
import hotline.identity.UserDeactivated;
import hotline.identity.Users;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization module started with only its direct dependencies (identity, audit, platform): no work orders,
 * no customers. A staff member's department is released when identity reports the account disabled.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class OrganizationModuleTests {

    @Autowired
    Departments departments;
    @Autowired
    Users users;
    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutTheModulesThatUseIt() {
        assertThat(context.containsBean("workOrderService")).isFalse();
        assertThat(context.containsBean("customerArchive")).isFalse();
    }

    @Test
    void aDisabledAccountLeavesItsDepartment(Scenario scenario) {
        String code = "mod" + UUID.randomUUID().toString().substring(0, 6);
        var department = SystemActor.call(() -> departments.create(new NewDepartment(code, "部门" + code, null, null)));
        long userId = SystemActor.call(() -> users.create(new NewUser("st" + code, "部门人员" + code, "Secret-pass-9",
                null, null, Set.of(Role.DEPARTMENT)))).id();
        SystemActor.run(() -> departments.assignStaff(department.id(), userId));

        scenario.publish(new UserDeactivated(userId, "gone-" + code))
                .andWaitForStateChange(() -> SystemActor.call(() -> departments.departmentOf(userId)),
                        found -> found.isEmpty())
                .andVerify(found -> assertThat(found).isEmpty());
    }
}
