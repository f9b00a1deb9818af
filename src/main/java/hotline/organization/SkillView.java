package hotline.organization;

import java.time.Instant;

/** A skill of the catalogue (电费咨询, 故障报修 …) that queues require and agents have at a proficiency. */
public record SkillView(long id, String code, String name, Channel channel, String description, Instant createdAt,
                        Instant updatedAt, long version) {
}
