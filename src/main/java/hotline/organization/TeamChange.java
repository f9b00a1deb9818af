package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * An edit of a team made on {@code version}. Name and lead are for administrators; supervisors and the team's own
 * lead may change the members only (send name and lead unchanged).
 */
public record TeamChange(@NotBlank @Size(max = 50) String name, Long leadUserId, Set<Long> memberIds,
                         @NotNull Long version) {

    public TeamChange {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
