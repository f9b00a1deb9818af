package hotline.organization.internal;

import hotline.audit.AuditLog;
import hotline.identity.Users;
import hotline.organization.DepartmentChange;
import hotline.organization.DepartmentView;
import hotline.organization.Departments;
import hotline.organization.NewDepartment;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional
@Validated
class DepartmentManagement implements Departments {

    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    DepartmentManagement(DepartmentRepository departments, JdbcClient jdbc, Users users, AuditLog audit, Clock clock) {
        this.departments = departments;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DepartmentView> listActive() {
        return listAll().stream().filter(DepartmentView::active).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DepartmentView> listAll() {
        var counts = staffCounts();
        return departments.findAll().stream()
                .map(d -> d.view(counts.getOrDefault(d.id, 0)))
                .sorted(Comparator.comparing(DepartmentView::code))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return view(load(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DepartmentView> find(long id) {
        // one statement: every dispatch of a work order asks (the aggregate and its staff count were two)
        return jdbc.sql("""
                        select d.*, (select count(*) from organization.department_staff s
                                     where s.department_id = d.id) as staff_count
                        from organization.department d where d.id = ?""")
                .param(id)
                .query((rs, n) -> new DepartmentView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), rs.getString("contact_phone"), rs.getBoolean("active"),
                        rs.getInt("staff_count"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DepartmentView> findByCode(String code) {
        return code == null ? Optional.empty() : departments.findByCode(code.strip().toLowerCase()).map(this::view);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentView create(NewDepartment department) {
        String code = department.code().strip().toLowerCase();
        if (departments.existsByCode(code)) {
            throw ConflictException.duplicate("department", "code", code);
        }
        requireUniqueName(department.name(), null);
        var created = departments.save(Department.open(code, department.name(), department.description(),
                department.contactPhone(), clock.instant()));
        var view = created.view(0);
        audit.record("department", created.id, "create", "created department " + code + " " + view.name(), null, view);
        return view;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentView update(long id, DepartmentChange change) {
        var department = load(id);
        if (department.version() != change.version()) {
            throw ConflictException.staleVersion("department", id, change.version(), department.version());
        }
        requireUniqueName(change.name(), id);
        var before = view(department);
        department.change(change.name(), change.description(), change.contactPhone(), change.active(),
                clock.instant());
        var after = view(departments.save(department));
        String action = before.active() && !after.active() ? "deactivate"
                : !before.active() && after.active() ? "activate" : "update";
        audit.record("department", id, action, action + " department " + after.code(), before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> departmentOf(long userId) {
        return jdbc.sql("select department_id from organization.department_staff where user_id = ?")
                .param(userId).query(Long.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> staffOf(long departmentId) {
        load(departmentId);
        return jdbc.sql("select user_id from organization.department_staff where department_id = ? order by user_id")
                .param(departmentId).query(Long.class).list();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void assignStaff(long departmentId, long userId) {
        var department = load(departmentId);
        if (!department.active) {
            throw InvalidInputException.of("departmentId", "Active", "department " + department.code
                    + " is inactive; activate it before assigning staff");
        }
        var user = users.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (!user.has(Role.DEPARTMENT)) {
            throw InvalidInputException.of("userId", "Role", user.username() + " does not have the DEPARTMENT role");
        }
        var previous = departmentOf(userId);
        if (previous.isPresent() && previous.get() == departmentId) {
            return;
        }
        jdbc.sql("""
                        insert into organization.department_staff (user_id, department_id, assigned_at) values (?, ?, ?)
                        on conflict (user_id) do update set department_id = excluded.department_id,
                                                            assigned_at = excluded.assigned_at""")
                .params(userId, departmentId, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        audit.record("department", departmentId, "assign-staff",
                "assigned " + user.username() + " to department " + department.code,
                previous.map(p -> Map.of("userId", userId, "departmentId", p)).orElse(null),
                Map.of("userId", userId, "departmentId", departmentId));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void removeStaff(long departmentId, long userId) {
        var department = load(departmentId);
        int removed = jdbc.sql("delete from organization.department_staff where user_id = ? and department_id = ?")
                .params(userId, departmentId).update();
        if (removed == 0) {
            throw new NotFoundException("staff member of department " + department.code, userId);
        }
        audit.record("department", departmentId, "remove-staff",
                "removed user " + userId + " from department " + department.code,
                Map.of("userId", userId, "departmentId", departmentId), null);
    }

    private void requireUniqueName(String name, Long self) {
        departments.findByName(name.strip())
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ConflictException.duplicate("department", "name", name.strip());
                });
    }

    private DepartmentView view(Department department) {
        int count = jdbc.sql("select count(*) from organization.department_staff where department_id = ?")
                .param(department.id).query(Integer.class).single();
        return department.view(count);
    }

    private Map<Long, Integer> staffCounts() {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("select department_id, count(*) n from organization.department_staff group by department_id")
                .query(rs -> {
                    counts.put(rs.getLong("department_id"), rs.getInt("n"));
                });
        return counts;
    }

    private Department load(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
    }
}
