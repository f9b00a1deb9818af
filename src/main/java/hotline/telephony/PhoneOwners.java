package hotline.telephony;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What SIP account administration needs from the rest of the center and may not depend on (telephony depends on the
 * platform only): the people a phone can belong to, and the audit trail. Routing, which rings agents by user name and
 * writes audit entries anyway, provides it (as it provides {@link RecordingScope}).
 */
public interface PhoneOwners {

    /** A Hotline user as the administration page shows them next to their SIP accounts. */
    record Owner(long id, String username, String displayName) {
    }

    Optional<Owner> find(long userId);

    Map<Long, Owner> byIds(Collection<Long> ids);

    /** Enabled users, by user name: whom the page offers to give a phone. */
    List<Owner> enabled();

    /** Writes an audit entry in the caller's transaction, as the acting person. Never pass a secret or HA1. */
    void audit(String entityType, Object entityId, String action, String summary, Object before, Object after);
}
