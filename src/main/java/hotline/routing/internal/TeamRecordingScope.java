package hotline.routing.internal;

import hotline.audit.AuditLog;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.telephony.RecordingScope;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Routing records the contacts, so it tells the recordings archive (telephony, which depends on the platform only)
 * which agents a team lead leads — from organization's teams — and writes the archive's audit entries (ADR 0073).
 */
@Component
class TeamRecordingScope implements RecordingScope {

    private final Teams teams;
    private final AuditLog audit;

    TeamRecordingScope(Teams teams, AuditLog audit) {
        this.teams = teams;
        this.audit = audit;
    }

    @Override
    public Set<Long> agentsLedBy(long userId) {
        var agents = new HashSet<Long>();
        SystemActor.call(() -> teams.ledBy(userId)).forEach(team -> agents.addAll(team.memberIds()));
        return agents;
    }

    @Override
    public void audit(boolean bySystem, String entityType, Object entityId, String action, String summary,
                      Object before, Object after) {
        if (bySystem) {
            audit.record(Actor.SYSTEM, entityType, entityId, action, summary, before, after);
        } else {
            audit.record(entityType, entityId, action, summary, before, after);
        }
    }
}
