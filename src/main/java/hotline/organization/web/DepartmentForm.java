package hotline.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The department form of the admin pages (create and edit; the code is read-only once created). */
class DepartmentForm {

    @NotBlank
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$")
    private String code;
    @NotBlank
    @Size(max = 50)
    private String name;
    @Size(max = 500)
    private String description;
    @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$")
    private String contactPhone;
    private boolean active = true;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
