package hotline.incident.internal;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface IncidentRepository extends ListCrudRepository<Incident, Long> {

    @Query("select * from incident.incident where status = 'ACTIVE' order by started_at desc, id desc")
    List<Incident> findActive();

    @Query("select * from incident.incident order by case when status = 'ACTIVE' then 0 else 1 end, coalesce(closed_at, started_at) desc limit 200")
    List<Incident> findRecent();
}
