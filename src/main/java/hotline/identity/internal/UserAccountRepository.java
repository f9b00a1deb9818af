package hotline.identity.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
