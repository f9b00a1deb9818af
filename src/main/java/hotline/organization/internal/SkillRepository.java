package hotline.organization.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface SkillRepository extends ListCrudRepository<Skill, Long> {

    Optional<Skill> findByCode(String code);

    Optional<Skill> findByName(String name);
}
