package hotline.organization;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

/**
 * Departments and their staff. Administrators manage them; every signed-in person may list them. Lookups by id, code
 * and person are open to other modules' background work as well. Every change is audited.
 */
public interface Departments {

    /** Active departments by name: the choices when dispatching. */
    List<DepartmentView> listActive();

    /** All departments, inactive ones included. */
    List<DepartmentView> listAll();

    DepartmentView get(long id);

    /** Like {@link #get} but empty for an unknown id, for callers inside their own transaction. */
    Optional<DepartmentView> find(long id);

    Optional<DepartmentView> findByCode(String code);

    DepartmentView create(@Valid NewDepartment department);

    /** Applies an edit made on {@code change.version()}; a newer version answers 409. */
    DepartmentView update(long id, @Valid DepartmentChange change);

    /** The department a staff member belongs to. */
    Optional<Long> departmentOf(long userId);

    /** User ids of the department's staff. */
    List<Long> staffOf(long departmentId);

    /** Makes a person with the DEPARTMENT role staff of the department, moving them from their previous one. */
    void assignStaff(long departmentId, long userId);

    void removeStaff(long departmentId, long userId);
}
