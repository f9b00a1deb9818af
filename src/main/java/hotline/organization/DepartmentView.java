package hotline.organization;

import java.time.Instant;

/** A department (the unit work orders are dispatched to) as other modules and the API see it. */
public record DepartmentView(long id, String code, String name, String description, String contactPhone,
                             boolean active, int staffCount, Instant createdAt, Instant updatedAt, long version) {
}
