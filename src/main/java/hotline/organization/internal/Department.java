package hotline.organization.internal;

import hotline.organization.DepartmentView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A department work orders are dispatched to. Its staff are kept beside it ({@code department_staff}). */
@Table(schema = "organization", name = "department")
class Department {

    @Id
    Long id;
    String code;
    String name;
    String description;
    String contactPhone;
    boolean active;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    static Department open(String code, String name, String description, String contactPhone, Instant now) {
        var department = new Department();
        department.code = code;
        department.name = name.strip();
        department.description = Text.blankToNull(description);
        department.contactPhone = Text.blankToNull(contactPhone);
        department.active = true;
        department.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        department.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return department;
    }

    void change(String name, String description, String contactPhone, boolean active, Instant now) {
        this.name = name.strip();
        this.description = Text.blankToNull(description);
        this.contactPhone = Text.blankToNull(contactPhone);
        this.active = active;
        this.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    long version() {
        return version == null ? 0 : version;
    }

    DepartmentView view(int staffCount) {
        return new DepartmentView(id, code, name, description, contactPhone, active, staffCount, createdAt, updatedAt,
                version());
    }
}
