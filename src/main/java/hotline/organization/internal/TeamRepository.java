package hotline.organization.internal;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface TeamRepository extends ListCrudRepository<Team, Long> {

    Optional<Team> findByName(String name);

    List<Team> findByLeadUserId(Long leadUserId);

    @Query("select t.* from organization.team t join organization.team_member m on m.team = t.id where m.user_id = :userId")
    Optional<Team> findByMember(long userId);

    @Query("select team from organization.team_member where user_id = :userId")
    Optional<Long> findTeamIdByMember(long userId);
}
