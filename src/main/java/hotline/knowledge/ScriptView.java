package hotline.knowledge;

import java.time.Instant;
import java.util.List;

/** A script (话术): approved wording with variables such as {@code {{customer.name}}}, listed in {@code variables}. */
public record ScriptView(long id, String name, Long categoryId, String body, List<String> variables, Instant updatedAt,
                         String updatedBy, long version) {
}
