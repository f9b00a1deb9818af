package hotline.organization.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);

    Optional<Department> findByName(String name);
}
