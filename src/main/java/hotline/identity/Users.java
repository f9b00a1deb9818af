package hotline.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The identity facade: accounts and passwords. Changes are audited; only administrators manage accounts. */
public interface Users {

    UserView create(NewUser user);

    /** Applies an edit made on {@code change.version()}; a newer version in the database answers 409. */
    UserView update(long id, UserChange change);

    /** An administrator sets a new password; the person must change it at the next sign-in. */
    void resetPassword(long id, String newPassword);

    /** The signed-in person changes their own password. */
    void changeOwnPassword(String currentPassword, String newPassword);

    Optional<UserView> find(long id);

    Optional<UserView> findByUsername(String username);

    UserView get(long id);

    List<UserView> list(UserQuery query);

    /** Accounts by id, for modules that show names next to ids they keep. */
    Map<Long, UserView> byIds(Collection<Long> ids);
}
