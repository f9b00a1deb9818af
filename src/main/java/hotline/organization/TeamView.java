package hotline.organization;

import java.time.Instant;
import java.util.List;

/** A team (班组): its lead (may be absent) and its agents, by user id. */
public record TeamView(long id, String name, Long leadUserId, List<Long> memberIds, Instant createdAt,
                       Instant updatedAt, long version) {

    public TeamView {
        memberIds = List.copyOf(memberIds);
    }

    public boolean ledBy(long userId) {
        return leadUserId != null && leadUserId == userId;
    }
}
