package hotline.organization;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

/**
 * Teams (班组) and their agents. Administrators create teams and name their leads; supervisors move agents between
 * any teams; a team lead moves agents into and out of the teams they lead only. An agent is in at most one team:
 * adding them to a team takes them out of their previous one (which the caller must also be allowed to change).
 */
public interface Teams {

    List<TeamView> list();

    TeamView get(long id);

    /** Like {@link #get} but empty for an unknown id, for callers inside their own transaction. */
    Optional<TeamView> find(long id);

    TeamView create(@Valid NewTeam team);

    /** Applies an edit made on {@code change.version()}; a newer version answers 409. */
    TeamView update(long id, @Valid TeamChange change);

    /** Puts an agent into the team, taking them out of their previous team. */
    TeamView addMember(long teamId, long userId);

    TeamView removeMember(long teamId, long userId);

    /** The team an agent is in. */
    Optional<TeamView> teamOf(long userId);

    /** The id of the team an agent is in: {@link #teamOf} without loading the team's members. */
    Optional<Long> teamIdOf(long userId);

    /** The teams a person leads. */
    List<TeamView> ledBy(long userId);
}
