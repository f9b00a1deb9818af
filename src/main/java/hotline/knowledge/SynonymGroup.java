package hotline.knowledge;

import java.time.Instant;
import java.util.List;

/** Words a caller uses for the same thing (停电, 断电, 没电): a query for one finds articles with any of them. */
public record SynonymGroup(long id, List<String> terms, Instant createdAt, String createdBy) {
}
