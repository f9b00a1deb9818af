package hotline.incident.internal;

import hotline.audit.AuditLog;
import hotline.incident.Bulletin;
import hotline.incident.Bulletins;
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
import java.time.ZoneOffset;
import java.util.List;

@Service
@Transactional
@Validated
class BulletinBoard implements Bulletins {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CenterTime time;

    BulletinBoard(JdbcClient jdbc, AuditLog audit, CenterTime time) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Bulletin> current() {
        var today = time.today();
        return jdbc.sql("""
                        select * from incident.bulletin where valid_from <= ? and (valid_until is null or valid_until >= ?)
                        order by valid_from desc, id desc""")
                .params(today, today).query(BulletinBoard::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Bulletin> all() {
        return jdbc.sql("select * from incident.bulletin order by valid_from desc, id desc limit 200")
                .query(BulletinBoard::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Bulletin get(long id) {
        return jdbc.sql("select * from incident.bulletin where id = ?").param(id).query(BulletinBoard::row).optional()
                .orElseThrow(() -> new NotFoundException("bulletin", id));
    }

    @Override
    @PreAuthorize(IncidentManagement.LEADS)
    public Bulletin create(BulletinDraft draft) {
        check(draft);
        var now = time.now().atOffset(ZoneOffset.UTC);
        long id = jdbc.sql("""
                        insert into incident.bulletin (title, body, valid_from, valid_until, created_at, created_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.title().strip(), draft.body().strip(), draft.validFrom(), draft.validUntil(), now,
                        CurrentUser.actor().username(), now)
                .query(Long.class).single();
        var created = get(id);
        audit.record("bulletin", id, "create", "posted bulletin " + created.title(), null, created);
        return created;
    }

    @Override
    @PreAuthorize(IncidentManagement.LEADS)
    public Bulletin update(long id, BulletinDraft draft) {
        check(draft);
        var before = get(id);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "NotNull", "the version you edited is required");
        }
        if (before.version() != draft.version()) {
            throw ConflictException.staleVersion("bulletin", id, draft.version(), before.version());
        }
        jdbc.sql("""
                        update incident.bulletin set title = ?, body = ?, valid_from = ?, valid_until = ?, updated_at = ?,
                            version = version + 1 where id = ?""")
                .params(draft.title().strip(), draft.body().strip(), draft.validFrom(), draft.validUntil(),
                        time.now().atOffset(ZoneOffset.UTC), id)
                .update();
        var after = get(id);
        audit.record("bulletin", id, "update", "changed bulletin " + after.title(), before, after);
        return after;
    }

    @Override
    @PreAuthorize(IncidentManagement.LEADS)
    public void delete(long id) {
        var bulletin = get(id);
        jdbc.sql("delete from incident.bulletin where id = ?").param(id).update();
        audit.record("bulletin", id, "delete", "removed bulletin " + bulletin.title(), bulletin, null);
    }

    private static void check(BulletinDraft draft) {
        if (draft.validUntil() != null && draft.validUntil().isBefore(draft.validFrom())) {
            throw InvalidInputException.of("validUntil", "AfterValidFrom", "must not be before the first day");
        }
    }

    private static Bulletin row(ResultSet rs, int n) throws SQLException {
        var until = rs.getDate("valid_until");
        return new Bulletin(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getLong("version"));
    }
}
