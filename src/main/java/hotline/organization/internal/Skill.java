package hotline.organization.internal;

import hotline.organization.Channel;
import hotline.organization.SkillView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table(schema = "organization", name = "skill")
class Skill {

    @Id
    Long id;
    String code;
    String name;
    Channel channel;
    String description;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    static Skill define(String code, String name, Channel channel, String description, Instant now) {
        var skill = new Skill();
        skill.code = code;
        skill.name = name.strip();
        skill.channel = channel;
        skill.description = Text.blankToNull(description);
        skill.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        skill.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return skill;
    }

    void change(String name, Channel channel, String description, Instant now) {
        this.name = name.strip();
        this.channel = channel;
        this.description = Text.blankToNull(description);
        this.updatedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    long version() {
        return version == null ? 0 : version;
    }

    SkillView view() {
        return new SkillView(id, code, name, channel, description, createdAt, updatedAt, version());
    }
}
