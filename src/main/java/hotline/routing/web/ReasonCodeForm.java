package hotline.routing.web;

import hotline.routing.ReasonCodeDraft;
import hotline.routing.ReasonCodeView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The reason code form (create and edit; the code is read-only once created). */
class ReasonCodeForm {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String name;
    private boolean productive;
    private boolean enabled = true;
    private Long version;

    static ReasonCodeForm of(ReasonCodeView r) {
        var form = new ReasonCodeForm();
        form.code = r.code();
        form.name = r.name();
        form.productive = r.productive();
        form.enabled = r.enabled();
        form.version = r.version();
        return form;
    }

    ReasonCodeDraft draft() {
        return new ReasonCodeDraft(code, name, productive, enabled, version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isProductive() { return productive; }
    public void setProductive(boolean productive) { this.productive = productive; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
