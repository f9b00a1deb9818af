package hotline.workforce.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.time.CenterTime;
import hotline.workforce.Schedules.AvailabilityKind;
import hotline.workforce.ShiftRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

@Service
@Transactional
class RequestService implements ShiftRequests {

    private static final String COLUMNS = """
            id, kind, requester_id, requester_name, day, counterpart_id, counterpart_name, reason, status, decided_by,
            decided_at, decision_note, created_at, version""";

    private final JdbcClient jdbc;
    private final ScheduleStore schedules;
    private final SetupStore setup;
    private final AgentDirectory directory;
    private final CenterTime time;
    private final AuditLog audit;

    RequestService(JdbcClient jdbc, ScheduleStore schedules, SetupStore setup, AgentDirectory directory,
                   CenterTime time, AuditLog audit) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.setup = setup;
        this.directory = directory;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @PreAuthorize(Access.AGENT)
    public ShiftRequestView request(NewShiftRequest r) {
        var me = CurrentUser.require();
        if (r.day().isBefore(time.today())) {
            throw InvalidInputException.of("day", "Future", "must be today or later");
        }
        String counterpartName = null;
        if (r.kind() == Kind.SWAP) {
            if (r.counterpartId() == null || r.counterpartId() == me.id()) {
                throw InvalidInputException.of("counterpartId", "Colleague", "name the colleague to swap with");
            }
            counterpartName = directory.agents().stream().filter(p -> p.userId() == r.counterpartId())
                    .map(AgentDirectory.Person::displayName).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("counterpartId", "Agent", "is not an agent"));
        }
        if (schedules.published(r.day(), r.day(), me.id()).isEmpty()) {
            throw InvalidInputException.of("day", "Scheduled", "you have no published shift on " + r.day());
        }
        long id = jdbc.sql("""
                        insert into workforce.shift_request (kind, requester_id, requester_name, day, counterpart_id,
                            counterpart_name, reason, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                        returning id""")
                .params(r.kind().name(), me.id(), me.displayName(), Date.valueOf(r.day()),
                        r.kind() == Kind.SWAP ? r.counterpartId() : null, counterpartName, r.reason().strip(),
                        Timestamp.from(time.now()))
                .query(Long.class).single();
        audit.record("shift-request", id, "request", me.username() + " asked for " + r.kind() + " on " + r.day(),
                null, r);
        return get(id);
    }

    @Override
    @PreAuthorize(Access.AGENT)
    public void cancel(long id) {
        var request = get(id);
        if (request.requesterId() != CurrentUser.require().id()) {
            throw new NotFoundException("shift request", id);
        }
        move(request, Status.CANCELLED, null, request.version());
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    public ShiftRequestView decide(long id, boolean approve, String note, long version) {
        var request = get(id);
        move(request, approve ? Status.APPROVED : Status.REJECTED, note, version);
        if (approve && request.kind() == Kind.SWAP) {
            schedules.swap(request.day(), request.requesterId(), request.requesterName(), request.counterpartId(),
                    request.counterpartName());
        } else if (approve) {
            schedules.removeShift(request.day(), request.requesterId());
            setup.setAvailability(request.requesterId(), request.day(), AvailabilityKind.LEAVE, request.reason());
        }
        return get(id);
    }

    private void move(ShiftRequestView request, Status to, String note, long version) {
        if (request.status() != Status.PENDING) {
            throw ConflictException.illegalTransition("shift request", request.id(), request.status(),
                    to == Status.CANCELLED ? "cancel" : "decide");
        }
        int updated = jdbc.sql("""
                        update workforce.shift_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(to.name(), CurrentUser.actor().username(), Timestamp.from(time.now()), note, request.id(),
                        version)
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("shift request", request.id(), version, request.version());
        }
        audit.record("shift-request", request.id(), to.name().toLowerCase(),
                request.kind() + " of " + request.requesterName() + " on " + request.day() + " " + to,
                Map.of("status", request.status().name()), Map.of("status", to.name()));
    }

    @Override
    @PreAuthorize(Access.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<ShiftRequestView> mine() {
        return jdbc.sql("select " + COLUMNS + " from workforce.shift_request where requester_id = ? order by day desc, id desc")
                .param(CurrentUser.require().id()).query(this::view).list();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ShiftRequestView> pending() {
        return jdbc.sql("select " + COLUMNS + " from workforce.shift_request where status = 'PENDING' order by day, id")
                .query(this::view).list();
    }

    @Override
    @PreAuthorize(Access.MANAGE)
    @Transactional(readOnly = true)
    public List<ShiftRequestView> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from workforce.shift_request where status <> 'PENDING' order by decided_at desc nulls last, id desc limit ?")
                .param(limit).query(this::view).list();
    }

    ShiftRequestView get(long id) {
        return jdbc.sql("select " + COLUMNS + " from workforce.shift_request where id = ?").param(id)
                .query(this::view).optional().orElseThrow(() -> new NotFoundException("shift request", id));
    }

    private ShiftRequestView view(ResultSet rs, int n) throws SQLException {
        return new ShiftRequestView(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
                Status.valueOf(rs.getString(9)), rs.getString(10),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12),
                rs.getTimestamp(13).toInstant(), rs.getLong(14));
    }
}
