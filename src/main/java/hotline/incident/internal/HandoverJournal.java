package hotline.incident.internal;

import hotline.audit.AuditLog;
import hotline.incident.HandoverEntry;
import hotline.incident.HandoverLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.time.CenterTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The shift handover log: entries are never edited, so what was handed over stays as it was written. */
@Service
@Transactional
@Validated
class HandoverJournal implements HandoverLog {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CenterTime time;

    HandoverJournal(JdbcClient jdbc, AuditLog audit, CenterTime time) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @PreAuthorize(IncidentManagement.LEADS)
    public HandoverEntry write(HandoverNote note) {
        long id = jdbc.sql("""
                        insert into incident.handover_entry
                            (shift_date, shift, handed_over_by, taken_over_by, notes, open_issues, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(note.shiftDate(), note.shift().strip(), CurrentUser.actor().username(),
                        blankToNull(note.takenOverBy()), note.notes().strip(), blankToNull(note.openIssues()),
                        time.now().atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        var entry = get(id);
        audit.record("handover", id, "write", "handed over " + entry.shiftDate() + " " + entry.shift(), null, entry);
        return entry;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(IncidentManagement.LEADS)
    public List<HandoverEntry> list(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "AfterFrom", "must not be before the first day");
        }
        return jdbc.sql("""
                        select * from incident.handover_entry where shift_date between ? and ?
                        order by shift_date desc, id desc limit 500""")
                .params(from == null ? LocalDate.of(1970, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to)
                .query(HandoverJournal::row).list();
    }

    @Override
    @PreAuthorize(IncidentManagement.LEADS)
    public HandoverEntry acknowledge(long id) {
        var entry = get(id);
        var actor = CurrentUser.actor();
        if (entry.acknowledgedAt() != null) {
            throw new ConflictException("acknowledged", "handover entry " + id + " was already acknowledged by "
                    + entry.acknowledgedBy(), Map.of("resource", "handover entry", "id", id));
        }
        if (entry.handedOverBy().equals(actor.username())) {
            throw new ConflictException("own-entry", "cannot acknowledge: handover entry " + id
                    + " was written by you; the incoming lead acknowledges it", Map.of("resource", "handover entry", "id", id));
        }
        jdbc.sql("update incident.handover_entry set acknowledged_at = ?, acknowledged_by = ? where id = ?")
                .params(time.now().atOffset(ZoneOffset.UTC), actor.username(), id).update();
        var after = get(id);
        audit.record("handover", id, "acknowledge", "took over " + after.shiftDate() + " " + after.shift(), entry, after);
        return after;
    }

    private HandoverEntry get(long id) {
        return jdbc.sql("select * from incident.handover_entry where id = ?").param(id).query(HandoverJournal::row)
                .optional().orElseThrow(() -> new NotFoundException("handover entry", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static HandoverEntry row(ResultSet rs, int n) throws SQLException {
        var acknowledged = rs.getTimestamp("acknowledged_at");
        return new HandoverEntry(rs.getLong("id"), rs.getDate("shift_date").toLocalDate(), rs.getString("shift"),
                rs.getString("handed_over_by"), rs.getString("taken_over_by"), rs.getString("notes"),
                rs.getString("open_issues"), rs.getTimestamp("created_at").toInstant(),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"));
    }
}
