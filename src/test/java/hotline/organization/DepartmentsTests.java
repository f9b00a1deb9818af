package hotline.organization;

import hotline.HotlineWebTest;
import hotline.audit.AuditLog;
import hotline.audit.AuditQuery;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.security.Role;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static hotline.organization.OrganizationFixtures.actor;
import static hotline.organization.OrganizationFixtures.as;
import static hotline.organization.OrganizationFixtures.asAdmin;
import static hotline.organization.OrganizationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HotlineWebTest
class DepartmentsTests {

    @Autowired
    Departments departments;
    @Autowired
    OrganizationFixtures fixtures;
    @Autowired
    AuditLog audit;

    DepartmentView create() {
        String code = unique("d");
        return asAdmin(() -> departments.create(new NewDepartment(code, "部门 " + code, "负责", "0571-1234")));
    }

    @Test
    void createsADepartmentFoundByItsCodeAndAuditsIt() {
        var created = create();
        assertThat(departments.findByCode(created.code().toUpperCase())).contains(created);
        assertThat(created.active()).isTrue();
        var entries = asAdmin(() -> audit.search(new AuditQuery(null, "department", String.valueOf(created.id()), null,
                null, null, null, null, 10)));
        assertThat(entries).extracting(e -> e.action()).contains("create");
    }

    @Test
    void refusesADuplicateCodeOrName() {
        var existing = create();
        assertThatThrownBy(() -> asAdmin(() -> departments.create(new NewDepartment(existing.code(), "其他", null, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> asAdmin(() -> departments.create(new NewDepartment(unique("d"), existing.name(), null, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("name");
    }

    @Test
    void refusesACodeThatIsNotASlug() {
        assertThatThrownBy(() -> asAdmin(() -> departments.create(new NewDepartment("营销", "营销部x", null, null))))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void deactivatesAndHidesFromTheActiveList() {
        var created = create();
        var updated = asAdmin(() -> departments.update(created.id(),
                new DepartmentChange(created.name(), null, null, false, created.version())));
        assertThat(updated.active()).isFalse();
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(as(actor(Role.AGENT), () -> departments.listActive())).extracting(DepartmentView::id)
                .doesNotContain(created.id());
        assertThat(as(actor(Role.AGENT), () -> departments.listAll())).extracting(DepartmentView::id)
                .contains(created.id());
    }

    @Test
    void refusesAnEditOfAStaleVersion() {
        var created = create();
        asAdmin(() -> departments.update(created.id(), new DepartmentChange("新名称 " + created.code(), null, null, true,
                created.version())));
        assertThatThrownBy(() -> asAdmin(() -> departments.update(created.id(),
                new DepartmentChange("又一个 " + created.code(), null, null, true, created.version()))))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("stale-version"));
    }

    @Test
    void onlyAdministratorsManageDepartments() {
        assertThatThrownBy(() -> as(actor(Role.SUPERVISOR), () -> departments.create(
                new NewDepartment(unique("d"), unique("n"), null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> departments.listAll()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staffBelongToOneDepartment() {
        var first = create();
        var second = create();
        var staff = fixtures.person(Role.DEPARTMENT);
        asAdmin(() -> departments.assignStaff(first.id(), staff.id()));
        assertThat(departments.departmentOf(staff.id())).contains(first.id());
        assertThat(departments.staffOf(first.id())).containsExactly(staff.id());
        assertThat(departments.get(first.id()).staffCount()).isEqualTo(1);

        asAdmin(() -> departments.assignStaff(second.id(), staff.id()));
        assertThat(departments.departmentOf(staff.id())).contains(second.id());
        assertThat(departments.staffOf(first.id())).isEmpty();

        asAdmin(() -> departments.removeStaff(second.id(), staff.id()));
        assertThat(departments.departmentOf(staff.id())).isEmpty();
    }

    @Test
    void onlyDepartmentStaffCanBeAssigned() {
        var department = create();
        var agent = fixtures.person(Role.AGENT);
        assertThatThrownBy(() -> asAdmin(() -> departments.assignStaff(department.id(), agent.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DEPARTMENT");
    }
}
