package hotline.routing.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.routing.AgentStatus;
import hotline.routing.CallbackRequest;
import hotline.routing.CallbackRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Callback requests over the contact records: an inbound contact that ended as CALLBACK is a request, its
 * {@code callback_request} row the follow-up. Agents work the requests of the queues they are assigned to; leads,
 * supervisors and managers see all of them.
 */
@Service
@Transactional
class CallbackRequestService implements CallbackRequests {

    private final JdbcClient jdbc;
    private final RoutingService routing;
    private final AuditLog audit;
    private final Clock clock;
    private final int attempts;

    CallbackRequestService(JdbcClient jdbc, RoutingService routing, AuditLog audit, Clock clock,
                           @Value("${hotline.routing.callback-request-attempts:3}") int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("hotline.routing.callback-request-attempts must be at least 1");
        }
        this.jdbc = jdbc;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallbackRequest> open(int limit) {
        Actor me = CurrentUser.require();
        var params = new ArrayList<Object>();
        String scope = scope(me, params);
        if (scope == null) {
            return List.of();
        }
        params.add(Math.max(1, Math.min(limit, 500)));
        return jdbc.sql(SELECT + " and coalesce(r.status, 'OPEN') = 'OPEN' and " + scope
                        + " order by c.arrived_at, c.id limit ?")
                .params(params).query((rs, n) -> request(rs, me)).list();
    }

    @Override
    public AgentStatus call(UUID contactId, long version) {
        Actor me = CurrentUser.require();
        if (!me.has(Role.AGENT)) {
            throw new AccessDeniedException(me.username() + " has no phone to call back from");
        }
        var request = open(contactId, me, "call");
        if (request.callerNumber() == null || request.callerNumber().isBlank()) {
            throw InvalidInputException.of("contactId", "Phone", "the caller withheld their number");
        }
        follow(request, version, "attempts = attempts + 1, last_agent_id = ?, last_attempt_at = ?",
                me.id(), Timestamp.from(clock.instant()));
        var status = routing.dial(me.id(), request.callerNumber(), request.customerId(), null);
        audit.record("callback-request", contactId, "call", "called back the caller of queue " + request.queueName(),
                null, Map.of("attempt", request.attempts() + 1));
        return status;
    }

    @Override
    public CallbackRequest record(UUID contactId, boolean reached, long version) {
        Actor me = CurrentUser.require();
        var request = open(contactId, me, reached ? "record reached" : "record not reached");
        if (request.attempts() == 0) {
            throw new ConflictException("not-called", "callback request " + contactId + " has not been called yet",
                    Map.of("resource", "callback request", "id", contactId));
        }
        var now = Timestamp.from(clock.instant());
        if (reached) {
            follow(request, version, "status = 'DONE', closed_at = ?", now);
        } else if (request.attempts() >= attempts) {
            follow(request, version, "status = 'UNREACHABLE', closed_at = ?", now);
        } else {
            follow(request, version, "last_attempt_at = last_attempt_at");
        }
        audit.record("callback-request", contactId, reached ? "reached" : "not-reached",
                (reached ? "reached" : "did not reach") + " the caller of queue " + request.queueName(), null,
                Map.of("attempts", request.attempts()));
        return find(contactId, me).orElseThrow();
    }

    /** The request if the person may work it and it is open: 404 outside their queues, 409 once it is closed. */
    private CallbackRequest open(UUID contactId, Actor me, String action) {
        var request = find(contactId, me).orElseThrow(() -> new NotFoundException("callback request", contactId));
        if (request.status() != CallbackRequest.Status.OPEN) {
            throw ConflictException.illegalTransition("callback request", contactId, request.status(), action);
        }
        return request;
    }

    /** Applies {@code change} to the follow-up if it is still at {@code version}; someone else's change is a 409. */
    private void follow(CallbackRequest request, long version, String change, Object... values) {
        jdbc.sql("insert into routing.callback_request (contact_id) values (?) on conflict do nothing")
                .param(request.contactId()).update();
        var params = new ArrayList<>(List.of(values));
        params.add(request.contactId());
        params.add(version);
        int updated = jdbc.sql("update routing.callback_request set " + change + ", version = version + 1"
                        + " where contact_id = ? and version = ? and status = 'OPEN'")
                .params(params).update();
        if (updated == 0) {
            long current = jdbc.sql("select version from routing.callback_request where contact_id = ?")
                    .param(request.contactId()).query(Long.class).single();
            throw ConflictException.staleVersion("callback request", request.contactId(), version, current);
        }
    }

    private Optional<CallbackRequest> find(UUID contactId, Actor me) {
        var params = new ArrayList<Object>();
        params.add(contactId);
        String scope = scope(me, params);
        if (scope == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " and c.id = ? and " + scope).params(params).query((rs, n) -> request(rs, me))
                .optional();
    }

    /**
     * The queues a person works callbacks for, as SQL; null when none. An agent's are the queues routing would offer
     * them contacts of: their assignment if they have one, else every queue their skills qualify them for.
     */
    private String scope(Actor me, List<Object> params) {
        if (me.isSystem() || me.hasAny(Role.TEAM_LEAD, Role.SUPERVISOR, Role.MANAGER)) {
            return "true";
        }
        if (me.has(Role.AGENT)) {
            var queues = routing.queuesServedBy(me.id());
            if (queues.isEmpty()) {
                return null;
            }
            params.add(queues.toArray(Long[]::new));
            return "c.queue_id = any(?)";
        }
        return null;
    }

    private static final String SELECT = """
            select c.id, c.queue_id, q.name as queue_name, c.caller_number, c.customer_id, c.ended_at,
                   coalesce(r.status, 'OPEN') as status, coalesce(r.attempts, 0) as attempts, r.last_attempt_at,
                   r.last_agent_id, coalesce(r.version, 0) as version
            from routing.contact c
            join routing.queue q on q.id = c.queue_id
            left join routing.callback_request r on r.contact_id = c.id
            where c.outcome = 'CALLBACK' and c.direction = 'INBOUND'""";

    private static CallbackRequest request(ResultSet rs, Actor me) throws SQLException {
        String number = rs.getString("caller_number");
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp attempt = rs.getTimestamp("last_attempt_at");
        return new CallbackRequest(rs.getObject("id", UUID.class), rs.getLong("queue_id"), rs.getString("queue_name"),
                PhoneMask.forViewer(me, number), (Long) rs.getObject("customer_id"),
                ended == null ? null : ended.toInstant(), CallbackRequest.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), attempt == null ? null : attempt.toInstant(),
                (Long) rs.getObject("last_agent_id"), rs.getLong("version"));
    }
}
