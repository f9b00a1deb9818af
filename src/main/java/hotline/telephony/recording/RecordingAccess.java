package hotline.telephony.recording;

import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.telephony.RecordingScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Who may listen to a recording: quality inspectors, supervisors and managers any; a team lead those of the agents in
 * the teams they lead; an agent their own. Nobody else, administrators included — recordings are personal data, not
 * configuration.
 */
@Component
class RecordingAccess {

    private final ObjectProvider<RecordingScope> scope;

    RecordingAccess(ObjectProvider<RecordingScope> scope) {
        this.scope = scope;
    }

    private Set<Long> ledBy(long userId) {
        var provider = scope.getIfAvailable();
        return provider == null ? Set.of() : provider.agentsLedBy(userId);
    }

    static boolean seesAll(Actor actor) {
        return actor.isSystem() || actor.hasAny(Role.QA, Role.SUPERVISOR, Role.MANAGER);
    }

    static boolean mayUseRecordings(Actor actor) {
        return seesAll(actor) || actor.hasAny(Role.TEAM_LEAD, Role.AGENT);
    }

    boolean mayListen(Actor actor, Long agentId) {
        if (seesAll(actor)) {
            return true;
        }
        if (agentId == null) {
            return false;
        }
        if (actor.has(Role.AGENT) && agentId == actor.id()) {
            return true;
        }
        return actor.has(Role.TEAM_LEAD) && ledBy(actor.id()).contains(agentId);
    }

    void check(Actor actor, Long agentId) {
        if (!mayListen(actor, agentId)) {
            throw new AccessDeniedException("recordings of agent " + agentId + " are not yours to hear");
        }
    }

    /** The agents whose recordings the actor sees, for those who do not see all: themselves and their teams. */
    Set<Long> visibleAgents(Actor actor) {
        var agents = new HashSet<Long>();
        if (actor.has(Role.AGENT)) {
            agents.add(actor.id());
        }
        if (actor.has(Role.TEAM_LEAD)) {
            agents.addAll(ledBy(actor.id()));
        }
        return agents;
    }
}
