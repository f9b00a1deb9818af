package hotline.desk;

import hotline.organization.AgentView;
import hotline.organization.Skills;
import hotline.platform.live.LiveEvents;
import hotline.platform.security.SystemActor;
import hotline.routing.Floor;
import hotline.routing.QueueView;
import hotline.routing.Routing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns routing's floor into the wallboard's and the desktops' live events (ADR 0090). Every {@code tick} it asks
 * routing whether anything changed (a counter, no lock); if so it takes one picture of the floor, compares it with the
 * last one and publishes only the rows that differ — one event per topic per tick, however many contacts moved. So a
 * storm of 200 contacts a second costs each open stream a few small events a second, and a quiet floor costs nothing.
 * Timers (time in state, longest wait) are counted by the screens themselves from the instants in the rows.
 *
 * <p>Topics: {@code wallboard} (queue rows), {@code wallboard:agents} (every agent), {@code wallboard:team:<id>} (a
 * team's agents) and {@code desk:agent:<id>} (one agent's own desktop, the caller's number in full).
 */
@Component
class DeskProjector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeskProjector.class);
    static final String QUEUES = "wallboard";
    static final String ALL_AGENTS = "wallboard:agents";
    static final String TEAM = "wallboard:team:";
    static final String DESK = "desk:agent:";

    private final Routing routing;
    private final Skills skills;
    private final LiveEvents live;
    private final Clock clock;
    private final Duration tick;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    /** The last published picture (read by new streams for their first state). */
    private volatile Map<Long, DeskRows.QueueRow> queues = Map.of();
    private volatile Map<Long, DeskRows.AgentRow> agents = Map.of();
    private volatile Map<Long, DeskRows.DeskRow> desks = Map.of();
    private volatile long seen = -1;
    private long lastLook;
    private Directory directory = new Directory(Map.of(), Map.of(), 0);

    /** Names and teams that routing does not hold, refreshed every half minute or when a stranger appears. */
    private record Directory(Map<Long, QueueView> queues, Map<Long, AgentView> agents, long loadedAt) {
    }

    DeskProjector(Routing routing, Skills skills, LiveEvents live, Clock clock,
                  @Value("${hotline.desk.tick:250ms}") Duration tick) {
        this.routing = routing;
        this.skills = skills;
        this.live = live;
        this.clock = clock;
        this.tick = tick;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            var thread = new Thread(work, "desk-projector");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::safeTick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void safeTick() {
        try {
            tickNow();
        } catch (RuntimeException e) {
            log.warn("desk projector: {}", e.toString());
        }
    }

    /** Publishes what changed since the last look (on the projector's thread; tests call it directly). */
    synchronized void tickNow() {
        long now = clock.millis();
        long changedAfter = lastLook;
        lastLook = now;
        long decisions = routing.decisions();
        if (decisions == seen && now - directory.loadedAt() < 30_000) {
            return;
        }
        var floor = SystemActor.call(routing::floor);
        seen = floor.decisions();
        publish(floor, now, changedAfter);
    }

    private void publish(Floor floor, long now, long changedAfter) {
        var dir = directory(floor, now);
        var queueRows = new LinkedHashMap<Long, DeskRows.QueueRow>();
        var changedQueues = new ArrayList<DeskRows.QueueRow>();
        for (var q : floor.queues()) {
            var view = dir.queues().get(q.queueId());
            var row = DeskRows.QueueRow.of(q, view == null ? q.code() : view.name(),
                    view == null ? 80 : view.serviceLevelPercent());
            queueRows.put(row.id(), row);
            if (!row.equals(queues.get(row.id()))) {
                changedQueues.add(row);
            }
        }
        // people read queues by name (电费咨询), the code (BILLING) is configuration
        var names = new HashMap<String, String>();
        dir.queues().values().forEach(v -> names.put(v.code(), v.name()));
        java.util.function.UnaryOperator<String> queueName = code -> names.getOrDefault(code, code);
        var agentRows = new LinkedHashMap<Long, DeskRows.AgentRow>();
        var deskRows = new HashMap<Long, DeskRows.DeskRow>();
        var changedAgents = new ArrayList<DeskRows.AgentRow>();
        var changedDesks = new ArrayList<DeskRows.DeskRow>();
        for (var a : floor.agents()) {
            var view = dir.agents().get(a.userId());
            var row = DeskRows.AgentRow.of(a, view == null ? a.username() : view.displayName(),
                    view == null ? null : view.teamId(), queueName);
            agentRows.put(row.id(), row);
            if (!row.equals(agents.get(row.id()))) {
                changedAgents.add(row);
            }
            var desk = DeskRows.DeskRow.of(a, queueName);
            deskRows.put(desk.id(), desk);
            if (!desk.equals(desks.get(desk.id()))) {
                changedDesks.add(desk);
            }
        }
        queues = Map.copyOf(queueRows);
        agents = java.util.Collections.unmodifiableMap(agentRows);
        desks = Map.copyOf(deskRows);
        if (!changedQueues.isEmpty()) {
            live.publish(QUEUES, "queues", new DeskRows.Batch<>(now, changedAfter, changedQueues));
        }
        if (!changedAgents.isEmpty()) {
            live.publish(ALL_AGENTS, "agents", new DeskRows.Batch<>(now, changedAfter, changedAgents));
            var byTeam = new HashMap<Long, List<DeskRows.AgentRow>>();
            for (var row : changedAgents) {
                if (row.teamId() != null) {
                    byTeam.computeIfAbsent(row.teamId(), t -> new ArrayList<>()).add(row);
                }
            }
            byTeam.forEach((team, rows) -> live.publish(TEAM + team, "agents",
                    new DeskRows.Batch<>(now, changedAfter, rows)));
        }
        for (var desk : changedDesks) {
            live.publish(DESK + desk.id(), "desk", new DeskRows.Batch<>(now, changedAfter, List.of(desk)));
        }
    }

    private Directory directory(Floor floor, long now) {
        long age = now - directory.loadedAt();
        boolean stale = age >= 30_000 || age >= 5_000 && (floor.queues().stream().anyMatch(q -> !directory.queues().containsKey(q.queueId()))
                || floor.agents().stream().anyMatch(a -> !directory.agents().containsKey(a.userId())));
        if (stale) {
            var queueViews = new HashMap<Long, QueueView>();
            SystemActor.call(routing::queues).forEach(q -> queueViews.put(q.id(), q));
            var agentViews = new HashMap<Long, AgentView>();
            SystemActor.call(skills::agents).forEach(a -> agentViews.put(a.userId(), a));
            directory = new Directory(queueViews, agentViews, now);
        }
        return directory;
    }

    // ---- the current picture, for streams that just opened ----------------------------------------------------------

    List<DeskRows.QueueRow> queueRows() {
        ensurePicture();
        return List.copyOf(queues.values());
    }

    List<DeskRows.AgentRow> agentRows(Long teamId) {
        ensurePicture();
        return agents.values().stream().filter(a -> teamId == null || teamId.equals(a.teamId())).toList();
    }

    DeskRows.DeskRow deskRow(long agentId) {
        ensurePicture();
        return desks.get(agentId);
    }

    /** A stream that opens before the first tick (or right after a change) gets the newest picture. */
    private void ensurePicture() {
        if (seen != routing.decisions()) {
            tickNow();
        }
    }
}
