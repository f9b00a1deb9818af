package hotline.telephony;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the recordings archive needs from the rest of the center and may not depend on (telephony depends on the
 * platform only): which agents a team lead leads, for who may listen; who the agents are and which numbers called, for
 * the recordings list; and the audit trail. Routing, which knows the teams and the contacts and writes audit entries
 * anyway, provides it. Without one, team leads hear only their own recordings, the list shows agents by id and finds
 * no caller's number, and nothing is audited.
 */
public interface RecordingScope {

    /** An agent as the recordings list offers and names them. */
    record Agent(long id, String displayName) {
    }

    /** The agents in the teams the person leads. */
    Set<Long> agentsLedBy(long userId);

    /** Enabled accounts with the agent role, by display name. */
    List<Agent> agents();

    /** The display names of these users, disabled accounts included (their recordings are kept). */
    Map<Long, String> names(Collection<Long> userIds);

    /**
     * The most recent contacts (at most a few thousand) called from this number, in whatever notation the switch
     * delivered it. Only a whole number is searched: a fragment would let people who see numbers masked guess them.
     *
     * @throws hotline.platform.InvalidInputException naming the field {@code phone} when the text is no whole number
     */
    Set<UUID> contactsFrom(String number);

    /** The caller number of each of these contacts that has one, in full: the archive masks it for its reader. */
    Map<UUID, String> callerNumbers(Collection<UUID> contactIds);

    /** Writes an audit entry in the caller's transaction, as the acting person ({@code bySystem}: as the system). */
    void audit(boolean bySystem, String entityType, Object entityId, String action, String summary, Object before,
               Object after);
}
