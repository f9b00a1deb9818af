package hotline.workorder.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What work orders need to know of the organization: departments to dispatch to and their staff, and who leads whom.
 * Kept as a small port so the loop's rules can be read without the organization module's API in view.
 */
interface Directory {

    record Department(long id, String name, boolean active) {
    }

    Optional<Department> department(long id);

    /** Active departments, for the dispatch choice. */
    List<Department> departments();

    List<Long> staffOf(long departmentId);

    Optional<Long> departmentOf(long userId);

    Optional<Long> teamOf(long userId);

    Optional<Long> leadOf(long teamId);

    Set<Long> teamsLedBy(long userId);

    /** People holding a role, e.g. every supervisor for an extension request. */
    List<Long> usersWithRole(hotline.platform.security.Role role);
}
