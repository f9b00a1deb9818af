package hotline.workorder.internal;

import hotline.platform.NotFoundException;
import hotline.platform.security.Actor;
import hotline.workorder.Extension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static hotline.workorder.internal.WorkOrderStore.instant;
import static hotline.workorder.internal.WorkOrderStore.ts;

/** Extension requests (延期申请) and their decisions. */
@Repository
class ExtensionStore {

    private final JdbcClient jdbc;

    ExtensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long orderId, Actor by, Instant at, String reason, Instant newDueAt) {
        return jdbc.sql("""
                        insert into workorder.extension_request (work_order_id, requested_by, requested_name,
                            requested_at, reason, new_due_at, status)
                        values (?, ?, ?, ?, ?, ?, 'PENDING') returning id""")
                .params(orderId, by.id(), by.displayName(), ts(at), reason.strip(), ts(newDueAt))
                .query(Long.class).single();
    }

    void decide(long id, boolean approve, Actor by, Instant at, String note) {
        jdbc.sql("""
                        update workorder.extension_request
                        set status = ?, decided_by = ?, decided_name = ?, decided_at = ?, decision_note = ?
                        where id = ? and status = 'PENDING'""")
                .params(approve ? "APPROVED" : "REJECTED", by.id(), by.displayName(), ts(at), note, id)
                .update();
    }

    Extension get(long id) {
        return jdbc.sql("select * from workorder.extension_request where id = ?").param(id)
                .query(ExtensionStore::map).optional()
                .orElseThrow(() -> new NotFoundException("extension request", id));
    }

    Optional<Extension> pendingFor(long orderId) {
        return jdbc.sql("select * from workorder.extension_request where work_order_id = ? and status = 'PENDING'")
                .param(orderId).query(ExtensionStore::map).optional();
    }

    List<Extension> forOrder(long orderId) {
        return jdbc.sql("select * from workorder.extension_request where work_order_id = ? order by id")
                .param(orderId).query(ExtensionStore::map).list();
    }

    /** Pending requests, oldest first: the supervisors' approval queue. */
    List<Extension> pending(int limit) {
        return jdbc.sql("select * from workorder.extension_request where status = 'PENDING' order by requested_at limit ?")
                .param(limit).query(ExtensionStore::map).list();
    }

    static Extension map(ResultSet rs, int row) throws SQLException {
        return new Extension(rs.getLong("id"), rs.getLong("work_order_id"), rs.getLong("requested_by"),
                rs.getString("requested_name"), instant(rs, "requested_at"), rs.getString("reason"),
                instant(rs, "new_due_at"), Extension.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("decided_by"), rs.getString("decided_name"), instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }
}
