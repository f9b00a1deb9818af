package hotline.desk;

import hotline.organization.Teams;
import hotline.platform.live.LiveEvents;
import hotline.platform.live.LiveTopicPolicy;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Who may follow the desk's topics (the same scopes as routing's facade): an agent their own desktop; team leads the
 * queue figures and their teams' agents; supervisors, managers and administrators everything on the wallboard. A
 * stream that opens gets the current rows at once, so a reconnecting screen is never stale.
 */
@Component
class DeskTopics implements LiveTopicPolicy {

    private final DeskProjector projector;
    private final Teams teams;

    DeskTopics(DeskProjector projector, Teams teams) {
        this.projector = projector;
        this.teams = teams;
    }

    @Override
    public boolean allows(Actor actor, String topic) {
        if (topic.startsWith(DeskProjector.DESK)) {
            return topic.equals(DeskProjector.DESK + actor.id());
        }
        boolean floor = actor.hasAny(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN);
        if (topic.equals(DeskProjector.QUEUES)) {
            return floor || actor.has(Role.TEAM_LEAD);
        }
        if (topic.equals(DeskProjector.ALL_AGENTS)) {
            return floor;
        }
        if (topic.startsWith(DeskProjector.TEAM)) {
            Long team = teamOf(topic);
            return team != null && (floor || actor.has(Role.TEAM_LEAD)
                    && SystemActor.call(() -> teams.ledBy(actor.id())).stream().anyMatch(t -> t.id() == team));
        }
        return false;
    }

    @Override
    public void snapshot(Actor actor, String topic, LiveEvents.Initial initial) {
        long now = System.currentTimeMillis();
        if (topic.startsWith(DeskProjector.DESK)) {
            var row = projector.deskRow(actor.id());
            if (row != null) {
                initial.send("desk", new DeskRows.Batch<>(now, now, java.util.List.of(row)));
            }
        } else if (topic.equals(DeskProjector.QUEUES)) {
            initial.send("queues", new DeskRows.Batch<>(now, now, projector.queueRows()));
        } else if (topic.equals(DeskProjector.ALL_AGENTS)) {
            initial.send("agents", new DeskRows.Batch<>(now, now, projector.agentRows(null)));
        } else if (topic.startsWith(DeskProjector.TEAM)) {
            initial.send("agents", new DeskRows.Batch<>(now, now, projector.agentRows(teamOf(topic))));
        }
    }

    private static Long teamOf(String topic) {
        try {
            return Long.valueOf(topic.substring(DeskProjector.TEAM.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
