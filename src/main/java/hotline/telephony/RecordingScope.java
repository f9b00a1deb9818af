package hotline.telephony;

import java.util.Set;

/**
 * What the recordings archive needs from the rest of the center and may not depend on (telephony depends on the
 * platform only): which agents a team lead leads, for who may listen, and the audit trail. Routing, which knows the
 * teams and writes audit entries anyway, provides it. Without one, team leads hear only their own recordings and
 * nothing is audited.
 */
public interface RecordingScope {

    /** The agents in the teams the person leads. */
    Set<Long> agentsLedBy(long userId);

    /** Writes an audit entry in the caller's transaction, as the acting person ({@code bySystem}: as the system). */
    void audit(boolean bySystem, String entityType, Object entityId, String action, String summary, Object before,
               Object after);
}
