package hotline.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Name and lead of a team (administrators); members are changed one by one on the team page. */
class TeamForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    private Long leadUserId;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getLeadUserId() { return leadUserId; }
    public void setLeadUserId(Long leadUserId) { this.leadUserId = leadUserId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
