package hotline.organization.web;

import hotline.organization.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The skill form of the catalogue (create and edit; the code is read-only once created). */
class SkillForm {

    @NotBlank
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$")
    private String code;
    @NotBlank
    @Size(max = 50)
    private String name;
    @NotNull
    private Channel channel = Channel.VOICE;
    @Size(max = 500)
    private String description;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
