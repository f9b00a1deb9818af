package hotline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A new team: a name, optionally its lead (a person with the TEAM_LEAD role) and its agents. */
public record NewTeam(@NotBlank @Size(max = 50) String name, Long leadUserId, Set<Long> memberIds) {

    public NewTeam {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
