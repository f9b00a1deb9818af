package hotline.routing.internal;

import hotline.audit.AuditLog;
import hotline.organization.AgentSkillsChanged;
import hotline.organization.Skills;
import hotline.organization.Teams;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import hotline.routing.AgentDay;
import hotline.routing.AgentIntervalStat;
import hotline.routing.Floor;
import hotline.routing.Transfer;
import hotline.routing.AgentState;
import hotline.routing.AgentStatus;
import hotline.routing.ContactQuery;
import hotline.routing.ContactRecord;
import hotline.routing.IntervalStat;
import hotline.routing.QueueDraft;
import hotline.routing.QueueLive;
import hotline.routing.QueueTotals;
import hotline.routing.QueueView;
import hotline.routing.ReasonCodeDraft;
import hotline.routing.ReasonCodeView;
import hotline.routing.Routing;
import hotline.routing.StateChange;
import hotline.telephony.LegId;
import hotline.telephony.MonitorMode;
import hotline.telephony.Telephony;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The routing facade: configuration in PostgreSQL, live state in the router (read and changed on its thread). */
@Service
@Validated
class RoutingService implements Routing {

    private final RoutingStore store;
    private final RoutingEngine engine;
    private final Skills skills;
    private final Teams teams;
    private final AuditLog audit;
    private final Telephony telephony;
    private final java.time.ZoneId zone;
    private final String callbackQueue;
    private final String outboundCallerId;

    RoutingService(RoutingStore store, RoutingEngine engine, Skills skills, Teams teams, AuditLog audit,
                   Telephony telephony, hotline.platform.time.CenterTime centerTime,
                   @org.springframework.beans.factory.annotation.Value("${hotline.routing.callback-queue:CALLBACK}")
                   String callbackQueue,
                   @org.springframework.beans.factory.annotation.Value("${hotline.routing.outbound-caller-id:95598}")
                   String outboundCallerId) {
        this.zone = centerTime.zone();
        this.callbackQueue = callbackQueue;
        this.outboundCallerId = outboundCallerId;
        this.store = store;
        this.engine = engine;
        this.skills = skills;
        this.teams = teams;
        this.audit = audit;
        this.telephony = telephony;
    }

    // ---- queues and reason codes ----------------------------------------------------------------------------------

    @Override
    public List<QueueView> queues() {
        return store.queues();
    }

    @Override
    public QueueView queue(long id) {
        return store.queue(id);
    }

    @Override
    @Transactional
    public QueueView createQueue(QueueDraft draft) {
        requireAny(Role.ADMIN);
        validate(draft, null);
        if (store.queueCodeTaken(draft.code())) {
            throw ConflictException.duplicate("queue", "code", draft.code());
        }
        var created = store.queue(store.insertQueue(draft));
        audit.record("queue", created.code(), "create", "queue " + created.code(), null, created);
        engine.call(router -> {
            router.defineQueue(RoutingStore.rules(created), engine.now());
            return null;
        });
        return created;
    }

    @Override
    @Transactional
    public QueueView updateQueue(long id, QueueDraft draft) {
        requireAny(Role.ADMIN);
        var before = store.queue(id);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "required", "the version you edited is required");
        }
        if (!before.code().equals(draft.code())) {
            throw InvalidInputException.of("code", "immutable", "a queue's code cannot change");
        }
        validate(draft, id);
        store.updateQueue(id, draft);
        var after = store.queue(id);
        audit.record("queue", after.code(), "update", "queue " + after.code(), before, after);
        engine.call(router -> {
            router.defineQueue(RoutingStore.rules(after), engine.now());
            return null;
        });
        return after;
    }

    private void validate(QueueDraft draft, Long id) {
        var known = new HashSet<String>();
        skills.list().forEach(skill -> known.add(skill.code()));
        for (var entry : draft.requiredSkills().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw InvalidInputException.of("requiredSkills", "unknown-skill", "no skill " + entry.getKey());
            }
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > 5) {
                throw InvalidInputException.of("requiredSkills", "proficiency", "proficiency is 1 to 5");
            }
        }
        if (draft.overflowQueueId() != null) {
            if (draft.overflowQueueId().equals(id)) {
                throw InvalidInputException.of("overflowQueueId", "self", "a queue cannot overflow to itself");
            }
            store.queue(draft.overflowQueueId());
            if (draft.maxWaitSeconds() == null) {
                throw InvalidInputException.of("maxWaitSeconds", "required", "overflow needs a max wait");
            }
        }
        if (draft.overflowToCallback() && draft.maxWaitSeconds() == null) {
            throw InvalidInputException.of("maxWaitSeconds", "required", "a callback needs a max wait");
        }
    }

    @Override
    public List<ReasonCodeView> reasonCodes() {
        return store.reasonCodes();
    }

    @Override
    public ReasonCodeView reasonCode(long id) {
        return store.reasonCode(id);
    }

    @Override
    @Transactional
    public ReasonCodeView createReasonCode(ReasonCodeDraft draft) {
        requireAny(Role.ADMIN);
        if (store.reasonCodes().stream().anyMatch(r -> r.code().equals(draft.code()))) {
            throw ConflictException.duplicate("reason code", "code", draft.code());
        }
        var created = store.reasonCode(store.insertReasonCode(draft));
        audit.record("reason-code", created.code(), "create", "reason code " + created.code(), null, created);
        return created;
    }

    @Override
    @Transactional
    public ReasonCodeView updateReasonCode(long id, ReasonCodeDraft draft) {
        requireAny(Role.ADMIN);
        var before = store.reasonCode(id);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "required", "the version you edited is required");
        }
        store.updateReasonCode(id, draft);
        var after = store.reasonCode(id);
        audit.record("reason-code", after.code(), "update", "reason code " + after.code(), before, after);
        return after;
    }

    // ---- agents ---------------------------------------------------------------------------------------------------

    @Override
    public AgentStatus agent(long userId) {
        return engine.call(router -> status(router.requireAgent(userId)));
    }

    @Override
    public List<AgentStatus> agents() {
        return engine.call(router -> router.agents().stream().map(RoutingService::status).toList());
    }

    @Override
    public AgentStatus changeState(long userId, StateChange change) {
        var actor = CurrentUser.require();
        SystemActor.call(() -> skills.agent(userId));          // 404 for someone who is not an agent
        requireMayManage(actor, userId);
        String reason = null;
        if (change.state() == AgentState.NOT_READY) {
            if (change.reasonCode() == null || change.reasonCode().isBlank()) {
                throw InvalidInputException.of("reasonCode", "required", "not ready needs a reason code");
            }
            reason = change.reasonCode();
            String wanted = reason;
            if (store.reasonCodes().stream().noneMatch(r -> r.enabled() && r.code().equals(wanted))) {
                throw InvalidInputException.of("reasonCode", "unknown", "no enabled reason code " + wanted);
            }
        } else if (change.reasonCode() != null && !change.reasonCode().isBlank()) {
            throw InvalidInputException.of("reasonCode", "not-allowed", "only not ready takes a reason code");
        }
        if (!AgentState.REQUESTABLE.contains(change.state())) {
            throw InvalidInputException.of("state", "requestable", "ask for LOGGED_OUT, READY or NOT_READY");
        }
        String finalReason = reason;
        return engine.call(router -> {
            if (router.agent(userId) == null) {
                var view = SystemActor.call(() -> skills.agent(userId));
                router.upsertAgent(view.userId(), view.username(), view.skills(), engine.now());
            }
            router.request(userId, change.state(), finalReason, engine.now());
            return status(router.requireAgent(userId));
        });
    }

    @Override
    @Transactional
    public AgentStatus assignQueues(long userId, List<Long> queueIds) {
        var actor = CurrentUser.require();
        if (!actor.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.TEAM_LEAD)) {
            throw new AccessDeniedException("only team leads and supervisors move agents between queues");
        }
        SystemActor.call(() -> skills.agent(userId));
        requireMayManage(actor, userId);
        queueIds.forEach(store::queue);
        store.assign(userId, queueIds);
        audit.record("agent-queues", userId, "assign", "queues of agent " + userId, null, queueIds);
        return engine.call(router -> {
            router.assignQueues(userId, new HashSet<>(queueIds), engine.now());
            return status(router.requireAgent(userId));
        });
    }

    @Override
    public void monitor(long agentUserId, String supervisorEndpoint, MonitorMode mode) {
        var actor = CurrentUser.require();
        if (!actor.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.TEAM_LEAD)) {
            throw new AccessDeniedException("only supervisors and team leads monitor");
        }
        SystemActor.call(() -> skills.agent(agentUserId));
        requireMayManage(actor, agentUserId);
        if (supervisorEndpoint == null || supervisorEndpoint.isBlank()) {
            throw InvalidInputException.of("supervisorEndpoint", "required", "where to call the supervisor");
        }
        LegId target = engine.call(router -> {
            var agent = router.requireAgent(agentUserId);
            return agent.load.stream().filter(c -> c.agent == agent && c.legId != null).findFirst()
                    .map(c -> LegId.of(c.legId)).orElse(null);
        });
        if (target == null) {
            throw new ConflictException("not-on-call", "agent " + agentUserId + " is not on a call",
                    java.util.Map.of("id", agentUserId));
        }
        telephony.monitor(telephony.newLegId(), supervisorEndpoint, target, mode).toCompletableFuture().join();
    }

    @Override
    @Transactional
    public AgentStatus forceRelease(long agentUserId) {
        var actor = CurrentUser.require();
        if (!actor.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.TEAM_LEAD)) {
            throw new AccessDeniedException("only supervisors and team leads release calls");
        }
        SystemActor.call(() -> skills.agent(agentUserId));
        requireMayManage(actor, agentUserId);
        var released = engine.call(router -> {
            var agent = router.requireAgent(agentUserId);
            if (agent.state != AgentState.ON_CONTACT) {
                throw ConflictException.illegalTransition("agent", agent.username, agent.state, "force release");
            }
            engine.hangUp(agent);
            return status(agent);
        });
        audit.record("agent", agentUserId, "force-release", "released the call of agent " + released.username(),
                null, null);
        return released;
    }

    private void requireMayManage(Actor actor, long userId) {
        if (actor.id() == userId || actor.isSystem() || actor.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            return;
        }
        if (actor.has(Role.TEAM_LEAD) && teams.teamOf(userId).map(team -> team.ledBy(actor.id())).orElse(false)) {
            return;
        }
        throw new AccessDeniedException("agent " + userId + " is not yours to manage");
    }

    private static void requireAny(Role... roles) {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.hasAny(roles)) {
            throw new AccessDeniedException("not allowed");
        }
    }

    static AgentStatus status(RAgent agent) {
        return new AgentStatus(agent.id, agent.username, agent.state, agent.reason, agent.stateSince, agent.pending,
                agent.skills, agent.queueIds.stream().sorted().toList(),
                agent.load.stream().map(c -> c.id.toString()).toList());
    }

    /** Team leads change skills in the organization module; routing follows at once. */
    @ApplicationModuleListener
    void on(AgentSkillsChanged changed) {
        var view = SystemActor.call(() -> skills.agent(changed.userId()));
        engine.call(router -> {
            router.upsertAgent(view.userId(), view.username(), changed.proficiencyBySkillCode(), engine.now());
            return null;
        });
    }

    // ---- live and records -----------------------------------------------------------------------------------------

    @Override
    public QueueLive live(long queueId) {
        store.queue(queueId);
        return engine.call(router -> {
            var queue = router.queue(queueId);
            var now = engine.now();
            var today = router.counters().today(queueId, now);
            long longest = 0;
            for (var contact : queue.waiting) {
                longest = Math.max(longest, Duration.between(contact.waitingSince, now).toSeconds());
            }
            var byState = new EnumMap<AgentState, Integer>(AgentState.class);
            for (var state : AgentState.values()) {
                byState.put(state, 0);
            }
            queue.strictAgents.forEach(agent -> byState.merge(agent.state, 1, Integer::sum));
            queue.relaxedAgents.forEach(agent -> byState.merge(agent.state, 1, Integer::sum));
            return new QueueLive(queueId, queue.rules.code(), queue.waiting.size(), longest, today.offered,
                    today.answered, today.abandoned, today.serviceLevel(),
                    today.answered == 0 ? null : today.waitMillis / 1000.0 / today.answered, byState);
        });
    }

    // ---- call control from the agent desktop ----------------------------------------------------------------------

    @Override
    public AgentStatus dial(long agentUserId, String number, Long customerId, Long workOrderId) {
        if (number == null || !number.strip().matches(Transfer.NUMBER)) {
            throw InvalidInputException.of("number", "Pattern", "3 to 20 digits, + or -");
        }
        requireSelf(agentUserId, "dial");
        String customerLeg = telephony.newLegId().value();
        return engine.call(router -> {
            router.dial(new Router.Dial(agentUserId, callbackQueue, number.strip(), outboundCallerId, customerLeg,
                    customerId, workOrderId), engine.now());
            return status(router.requireAgent(agentUserId));
        });
    }

    /** The queues whose contacts the agent may take now (their assignment, else their skills); none if unknown. */
    java.util.Set<Long> queuesServedBy(long agentUserId) {
        return engine.call(router -> {
            var agent = router.agent(agentUserId);
            if (agent == null) {
                return java.util.Set.<Long>of();
            }
            var ids = new HashSet<Long>();
            agent.strictQueues.forEach(queue -> ids.add(queue.rules.id()));
            agent.relaxedQueues.forEach(queue -> ids.add(queue.rules.id()));
            return java.util.Set.copyOf(ids);
        });
    }

    @Override
    public AgentStatus answer(long agentUserId) {
        requireSelf(agentUserId, "answer");
        LegId leg = engine.call(router -> engine.ringingLeg(router.requireAgent(agentUserId)));
        try {
            telephony.answerDevice(leg).toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof hotline.telephony.TelephonyException refused) {
                if (refused.reason() == hotline.telephony.TelephonyException.Reason.UNSUPPORTED) {
                    throw new ConflictException("answer-on-phone", refused.getMessage() + ": answer on the phone",
                            java.util.Map.of("engine", telephony.engine()));
                }
                throw new ConflictException("stopped-ringing", "the call stopped ringing: " + refused.getMessage(),
                        java.util.Map.of("id", agentUserId));
            }
            throw e;
        }
        return agent(agentUserId);
    }

    @Override
    public AgentStatus hold(long agentUserId) {
        return control(agentUserId, "hold", (router, agent) -> engine.hold(agent, true));
    }

    @Override
    public AgentStatus resume(long agentUserId) {
        return control(agentUserId, "resume", (router, agent) -> engine.hold(agent, false));
    }

    @Override
    public AgentStatus hangUp(long agentUserId) {
        return control(agentUserId, "hang up", (router, agent) -> engine.hangUp(agent));
    }

    @Override
    public AgentStatus transfer(long agentUserId, Transfer transfer) {
        switch (transfer.kind()) {
            case AGENT -> {
                if (transfer.agentId() == null) {
                    throw InvalidInputException.of("agentId", "required", "whom to transfer to");
                }
            }
            case QUEUE -> {
                if (transfer.queueCode() == null || transfer.queueCode().isBlank()) {
                    throw InvalidInputException.of("queueCode", "required", "which queue to transfer to");
                }
            }
            case NUMBER -> {
                if (transfer.number() == null || transfer.number().isBlank()) {
                    throw InvalidInputException.of("number", "required", "which number to transfer to");
                }
            }
        }
        return control(agentUserId, "transfer", (router, agent) -> {
            switch (transfer.kind()) {
                case NUMBER -> engine.transferOut(agent, transfer.number().strip());
                case AGENT -> {
                    var to = router.agent(transfer.agentId());
                    if (to == null) {
                        throw new NotFoundException("agent", transfer.agentId());
                    }
                    var queue = agent.load.stream().filter(c -> c.agent == agent).findFirst()
                            .map(c -> c.queue).orElseThrow(() -> ConflictException.illegalTransition("agent",
                                    agent.username, agent.state, "transfer"));
                    engine.transferWithin(agent, queue, to);
                }
                case QUEUE -> {
                    var queue = router.queue(transfer.queueCode());
                    if (queue == null) {
                        throw new NotFoundException("queue", transfer.queueCode());
                    }
                    engine.transferWithin(agent, queue, null);
                }
            }
        });
    }

    /** Runs a call-control step on the router's thread for the agent's own contact. */
    private AgentStatus control(long agentUserId, String action,
                                java.util.function.BiConsumer<Router, RAgent> step) {
        requireSelf(agentUserId, action);
        return engine.call(router -> {
            var agent = router.requireAgent(agentUserId);
            step.accept(router, agent);
            return status(agent);
        });
    }

    /** An agent controls only their own contact; nobody else's desktop may. */
    private void requireSelf(long agentUserId, String action) {
        var actor = CurrentUser.require();
        SystemActor.call(() -> skills.agent(agentUserId));          // 404 for someone who is not an agent
        if (actor.id() != agentUserId) {
            throw new AccessDeniedException("only the agent on the call may " + action);
        }
    }

    @Override
    public AgentDay agentDay(long agentUserId) {
        var actor = CurrentUser.require();
        SystemActor.call(() -> skills.agent(agentUserId));
        if (!actor.has(Role.MANAGER)) {
            requireMayManage(actor, agentUserId);
        }
        var now = engine.now();
        var from = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return store.agentDay(agentUserId, from, now);
    }

    @Override
    public Floor floor() {
        return engine.call(router -> FloorPicture.of(router, engine.now(), engine.changes()));
    }

    @Override
    public long decisions() {
        return engine.changes();
    }

    @Override
    public List<ContactRecord> contacts(ContactQuery query) {
        if (query.limit() != null && (query.limit() < 1 || query.limit() > 1000)) {
            throw InvalidInputException.of("limit", "range", "limit is 1 to 1000");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw InvalidInputException.of("to", "after-from", "to must be after from");
        }
        var actor = CurrentUser.require();
        if (actor.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.TEAM_LEAD, Role.MANAGER, Role.QA) || actor.isSystem()) {
            return store.contacts(query);
        }
        // an agent sees their own contacts
        return store.contacts(new ContactQuery(query.queueId(), actor.id(), query.customerId(), query.outcome(),
                query.from(), query.to(), query.limit()));
    }

    @Override
    public ContactRecord contact(UUID id) {
        engine.flush();
        return store.contact(id);
    }

    @Override
    @Transactional
    public ContactRecord classify(UUID id, Long workOrderId, String disposition) {
        var record = store.contact(id);
        var actor = CurrentUser.require();
        if (record.agentId() == null || (record.agentId() != actor.id()
                && !actor.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.TEAM_LEAD))) {
            throw new AccessDeniedException("not your contact");
        }
        store.classify(id, workOrderId, disposition);
        return store.contact(id);
    }

    @Override
    public List<IntervalStat> intervalStats(long queueId, Instant from, Instant to, int intervalMinutes) {
        checkRange(from, to, intervalMinutes);
        store.queue(queueId);
        return store.intervalStats(queueId, from, to, intervalMinutes);
    }

    @Override
    public List<AgentIntervalStat> agentIntervalStats(long userId, Instant from, Instant to, int intervalMinutes) {
        checkRange(from, to, intervalMinutes);
        return store.agentIntervalStats(userId, from, to, intervalMinutes);
    }

    @Override
    public List<QueueTotals> queueTotals(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInputException.of("to", "after-from", "from and to are required, to after from");
        }
        return store.queueTotals(from, to);
    }

    private static void checkRange(Instant from, Instant to, int minutes) {
        if (minutes != 15 && minutes != 30) {
            throw InvalidInputException.of("interval", "15-or-30", "intervals are 15 or 30 minutes");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInputException.of("to", "after-from", "from and to are required, to after from");
        }
        if (Duration.between(from, to).toDays() > 92) {
            throw InvalidInputException.of("to", "range", "at most 92 days at once");
        }
    }

    static NotFoundException noQueue(long id) {
        return new NotFoundException("queue", id);
    }
}
