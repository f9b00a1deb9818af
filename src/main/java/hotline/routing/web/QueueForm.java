package hotline.routing.web;

import hotline.organization.Channel;
import hotline.routing.QueueDraft;
import hotline.routing.QueueView;
import hotline.routing.Strategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/** The queue form (create and edit; the code is read-only once created). A proficiency of 0 means "not required". */
class QueueForm {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private Channel channel = Channel.VOICE;
    private Map<String, Integer> requiredSkills = new LinkedHashMap<>();
    @Min(0) @Max(100)
    private int priority;
    @NotNull
    private Strategy strategy = Strategy.LONGEST_IDLE;
    @Min(1) @Max(100)
    private int serviceLevelPercent = 80;
    @Min(1) @Max(3600)
    private int serviceLevelSeconds = 20;
    @Min(1) @Max(86400)
    private Integer maxWaitSeconds;
    private Long overflowQueueId;
    private boolean overflowToCallback;
    @Min(1) @Max(86400)
    private Integer relaxAfterSeconds;
    @Min(1) @Max(5)
    private int relaxedMinProficiency = 1;
    @Min(0) @Max(3600)
    private int wrapUpSeconds = 30;
    @Min(5) @Max(120)
    private int ringTimeoutSeconds = 15;
    private boolean enabled = true;
    private Long version;

    static QueueForm of(QueueView q) {
        var form = new QueueForm();
        form.code = q.code();
        form.name = q.name();
        form.channel = q.channel();
        form.requiredSkills = new LinkedHashMap<>(q.requiredSkills());
        form.priority = q.priority();
        form.strategy = q.strategy();
        form.serviceLevelPercent = q.serviceLevelPercent();
        form.serviceLevelSeconds = q.serviceLevelSeconds();
        form.maxWaitSeconds = q.maxWaitSeconds();
        form.overflowQueueId = q.overflowQueueId();
        form.overflowToCallback = q.overflowToCallback();
        form.relaxAfterSeconds = q.relaxAfterSeconds();
        form.relaxedMinProficiency = q.relaxedMinProficiency();
        form.wrapUpSeconds = q.wrapUpSeconds();
        form.ringTimeoutSeconds = q.ringTimeoutSeconds();
        form.enabled = q.enabled();
        form.version = q.version();
        return form;
    }

    QueueDraft draft() {
        var skills = new LinkedHashMap<String, Integer>();
        requiredSkills.forEach((skill, level) -> {
            if (level != null && level != 0) {
                skills.put(skill, level);
            }
        });
        return new QueueDraft(code, name, channel, skills, priority, strategy, serviceLevelPercent,
                serviceLevelSeconds, maxWaitSeconds, overflowQueueId, overflowToCallback, relaxAfterSeconds,
                relaxedMinProficiency, wrapUpSeconds, ringTimeoutSeconds, enabled, version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Map<String, Integer> getRequiredSkills() { return requiredSkills; }
    public void setRequiredSkills(Map<String, Integer> requiredSkills) { this.requiredSkills = requiredSkills; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
    public Strategy getStrategy() { return strategy; }
    public void setStrategy(Strategy strategy) { this.strategy = strategy; }
    public int getServiceLevelPercent() { return serviceLevelPercent; }
    public void setServiceLevelPercent(int value) { this.serviceLevelPercent = value; }
    public int getServiceLevelSeconds() { return serviceLevelSeconds; }
    public void setServiceLevelSeconds(int value) { this.serviceLevelSeconds = value; }
    public Integer getMaxWaitSeconds() { return maxWaitSeconds; }
    public void setMaxWaitSeconds(Integer value) { this.maxWaitSeconds = value; }
    public Long getOverflowQueueId() { return overflowQueueId; }
    public void setOverflowQueueId(Long value) { this.overflowQueueId = value; }
    public boolean isOverflowToCallback() { return overflowToCallback; }
    public void setOverflowToCallback(boolean value) { this.overflowToCallback = value; }
    public Integer getRelaxAfterSeconds() { return relaxAfterSeconds; }
    public void setRelaxAfterSeconds(Integer value) { this.relaxAfterSeconds = value; }
    public int getRelaxedMinProficiency() { return relaxedMinProficiency; }
    public void setRelaxedMinProficiency(int value) { this.relaxedMinProficiency = value; }
    public int getWrapUpSeconds() { return wrapUpSeconds; }
    public void setWrapUpSeconds(int value) { this.wrapUpSeconds = value; }
    public int getRingTimeoutSeconds() { return ringTimeoutSeconds; }
    public void setRingTimeoutSeconds(int value) { this.ringTimeoutSeconds = value; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
