package hotline.organization.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface WorkCalendarRepository extends ListCrudRepository<WorkCalendar, Long> {

    Optional<WorkCalendar> findByName(String name);
}
