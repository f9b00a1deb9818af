package hotline.workorder.internal;

import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import hotline.platform.security.Role;
import static hotline.platform.db.Typed.bigint;
import static hotline.platform.db.Typed.text;
import hotline.workorder.Channel;
import hotline.workorder.Outcome;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderType;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads and saves work orders with plain SQL (ADR 0002). Saving checks the version the change was made on: a
 * concurrent change makes it fail with 409 instead of overwriting.
 */
@Repository
class WorkOrderStore {

    private final JdbcClient jdbc;

    WorkOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkOrder insert(WorkOrder order) {
        order.id = jdbc.sql("""
                        insert into workorder.work_order (number, type, category_id, urgency, status, confidential,
                            title, description, channel, contact_ref, customer_id, customer_name, customer_phone,
                            customer_address, account_number, accepted_by, accepted_by_name, accepted_team_id,
                            accepted_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(order.number, order.type.name(), bigint(order.categoryId), order.urgency.name(),
                        order.status.name(), order.confidential, order.title, order.description, order.channel.name(),
                        text(order.contactRef), bigint(order.customerId), text(order.customerName),
                        text(order.customerPhone), text(order.customerAddress), text(order.accountNumber),
                        order.acceptedBy, order.acceptedByName, bigint(order.acceptedTeamId), ts(order.acceptedAt),
                        ts(order.updatedAt))
                .query(Long.class).single();
        return order;
    }

    Optional<WorkOrder> find(long id) {
        return jdbc.sql(SELECT + " where w.id = ?").param(id).query(WorkOrderStore::map).optional();
    }

    Optional<WorkOrder> findByNumber(String number) {
        return jdbc.sql(SELECT + " where w.number = ?").param(number).query(WorkOrderStore::map).optional();
    }

    WorkOrder load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("work order", id));
    }

    /** Locks the row for this transaction (used by the deadline sweeper and merges). */
    WorkOrder lock(long id) {
        return jdbc.sql(SELECT + " where w.id = ? for update of w").param(id).query(WorkOrderStore::map).optional()
                .orElseThrow(() -> new NotFoundException("work order", id));
    }

    /** Writes every mutable column if the row still has the version the change started from. */
    void update(WorkOrder o) {
        int updated = jdbc.sql("""
                        update workorder.work_order set
                            category_id = ?, urgency = ?, status = ?, outcome = ?, confidential = ?, title = ?,
                            description = ?, customer_id = ?, customer_name = ?, customer_phone = ?,
                            customer_address = ?, account_number = ?, department_id = ?, department_name = ?,
                            incident_id = ?, duplicate_of = ?, escalated_to = ?, supervised = ?, urge_count = ?,
                            return_count = ?, reopen_count = ?, callback_attempts = ?, satisfaction = ?,
                            reply_text = ?, dispatched_at = ?, signed_off_at = ?, replied_at = ?, called_back_at = ?,
                            archived_at = ?, sign_off_due_at = ?, handle_due_at = ?, callback_due_at = ?,
                            window_start_at = ?, due_at = ?, due_in_working_time = ?, warning_level = ?,
                            next_alert_at = ?, overdue = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(bigint(o.categoryId), o.urgency.name(), o.status.name(), name(o.outcome), o.confidential,
                        o.title, o.description, bigint(o.customerId), text(o.customerName), text(o.customerPhone),
                        text(o.customerAddress), text(o.accountNumber), bigint(o.departmentId), text(o.departmentName),
                        bigint(o.incidentId), bigint(o.duplicateOf), name(o.escalatedTo), o.supervised, o.urgeCount,
                        o.returnCount, o.reopenCount, o.callbackAttempts, name(o.satisfaction), text(o.replyText),
                        ts(o.dispatchedAt), ts(o.signedOffAt),
                        ts(o.repliedAt), ts(o.calledBackAt), ts(o.archivedAt), ts(o.signOffDueAt),
                        ts(o.handleDueAt), ts(o.callbackDueAt), ts(o.windowStartAt), ts(o.dueAt),
                        o.dueInWorkingTime, o.warningLevel, ts(o.nextAlertAt), o.overdue, ts(o.updatedAt), o.id,
                        o.version)
                .update();
        if (updated == 0) {
            long current = jdbc.sql("select version from workorder.work_order where id = ?").param(o.id)
                    .query(Long.class).single();
            throw ConflictException.staleVersion("work order", o.number, o.version, current);
        }
        o.version++;
    }

    /** Records an announced warning level; not a change of the order's content, so its version stays. */
    void updateAlerts(WorkOrder o) {
        jdbc.sql("""
                        update workorder.work_order set warning_level = ?, overdue = ?, next_alert_at = ?
                        where id = ?""")
                .params(o.warningLevel, o.overdue, ts(o.nextAlertAt), o.id)
                .update();
    }

    void writeSteps(WorkOrder order) {
        for (var step : order.steps) {
            jdbc.sql("""
                            insert into workorder.step (work_order_id, action, from_status, to_status, actor_id,
                                actor_name, department_id, note, at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(order.id, step.action().name(), step.from().name(), step.to().name(), step.actor().id(),
                            step.actor().displayName(), bigint(step.departmentId()), text(step.note()), ts(step.at()))
                    .update();
        }
        order.steps.clear();
    }

    void link(long orderId, long otherId, String kind) {
        jdbc.sql("insert into workorder.link (work_order_id, linked_id, kind) values (?, ?, ?) on conflict do nothing")
                .params(orderId, otherId, kind).update();
    }

    /** Orders linked to this one, either way round. */
    List<Long> links(long orderId) {
        return jdbc.sql("""
                        select linked_id from workorder.link where work_order_id = ?
                        union select work_order_id from workorder.link where linked_id = ? order by 1""")
                .params(orderId, orderId).query(Long.class).list();
    }

    List<hotline.workorder.Step> steps(long orderId) {
        return jdbc.sql("select * from workorder.step where work_order_id = ? order by id").param(orderId)
                .query((rs, row) -> new hotline.workorder.Step(rs.getLong("id"),
                        hotline.workorder.Action.valueOf(rs.getString("action")),
                        Status.valueOf(rs.getString("from_status")), Status.valueOf(rs.getString("to_status")),
                        rs.getLong("actor_id"), rs.getString("actor_name"), (Long) rs.getObject("department_id"),
                        rs.getString("note"), instant(rs, "at")))
                .list();
    }

    /** Open orders whose deadline needs a look, locked for this sweep and skipped by other nodes' sweeps. */
    List<Long> dueForAlert(Instant now, int limit) {
        return jdbc.sql("""
                        select id from workorder.work_order
                        where next_alert_at <= ? order by next_alert_at limit ? for update skip locked""")
                .params(ts(now), limit).query(Long.class).list();
    }

    /** Earlier open orders of the same customer in the same category: candidates for duplicates (重复工单). */
    List<Long> possibleDuplicates(WorkOrder order, Instant since) {
        if (order.customerId == null && order.customerPhone == null) {
            return List.of();
        }
        var sql = new StringBuilder("select id from workorder.work_order where id <> ? and accepted_at >= ? "
                + "and type = ? and status <> 'ARCHIVED'");
        var params = new ArrayList<Object>(List.of(order.id == null ? -1L : order.id, ts(since), order.type.name()));
        if (order.categoryId != null) {
            sql.append(" and category_id = ?");
            params.add(order.categoryId);
        }
        if (order.customerId != null) {
            sql.append(" and customer_id = ?");
            params.add(order.customerId);
        } else {
            sql.append(" and customer_phone = ?");
            params.add(order.customerPhone);
        }
        sql.append(" order by id desc limit 10");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** One order with its category's name and its links (the view shows them), in one round trip. */
    static final String SELECT = """
            select w.*, c.name as category_name,
                array(select linked_id from workorder.link where work_order_id = w.id
                      union select work_order_id from workorder.link where linked_id = w.id order by 1) as links
            from workorder.work_order w
            left join workorder.category c on c.id = w.category_id""";

    static WorkOrder map(ResultSet rs, int row) throws SQLException {
        var o = new WorkOrder();
        o.id = rs.getLong("id");
        o.number = rs.getString("number");
        o.type = WorkOrderType.valueOf(rs.getString("type"));
        o.categoryId = (Long) rs.getObject("category_id");
        o.categoryName = rs.getString("category_name");
        o.urgency = Urgency.valueOf(rs.getString("urgency"));
        o.status = Status.valueOf(rs.getString("status"));
        o.outcome = rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"));
        o.confidential = rs.getBoolean("confidential");
        o.title = rs.getString("title");
        o.description = rs.getString("description");
        o.channel = Channel.valueOf(rs.getString("channel"));
        o.contactRef = rs.getString("contact_ref");
        o.customerId = (Long) rs.getObject("customer_id");
        o.customerName = rs.getString("customer_name");
        o.customerPhone = rs.getString("customer_phone");
        o.customerAddress = rs.getString("customer_address");
        o.accountNumber = rs.getString("account_number");
        o.acceptedBy = rs.getLong("accepted_by");
        o.acceptedByName = rs.getString("accepted_by_name");
        o.acceptedTeamId = (Long) rs.getObject("accepted_team_id");
        o.departmentId = (Long) rs.getObject("department_id");
        o.departmentName = rs.getString("department_name");
        o.incidentId = (Long) rs.getObject("incident_id");
        o.duplicateOf = (Long) rs.getObject("duplicate_of");
        o.escalatedTo = rs.getString("escalated_to") == null ? null : Role.valueOf(rs.getString("escalated_to"));
        o.supervised = rs.getBoolean("supervised");
        o.urgeCount = rs.getInt("urge_count");
        o.returnCount = rs.getInt("return_count");
        o.reopenCount = rs.getInt("reopen_count");
        o.callbackAttempts = rs.getInt("callback_attempts");
        o.satisfaction = rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction"));
        o.replyText = rs.getString("reply_text");
        o.acceptedAt = instant(rs, "accepted_at");
        o.dispatchedAt = instant(rs, "dispatched_at");
        o.signedOffAt = instant(rs, "signed_off_at");
        o.repliedAt = instant(rs, "replied_at");
        o.calledBackAt = instant(rs, "called_back_at");
        o.archivedAt = instant(rs, "archived_at");
        o.signOffDueAt = instant(rs, "sign_off_due_at");
        o.handleDueAt = instant(rs, "handle_due_at");
        o.callbackDueAt = instant(rs, "callback_due_at");
        o.windowStartAt = instant(rs, "window_start_at");
        o.dueAt = instant(rs, "due_at");
        o.dueInWorkingTime = rs.getBoolean("due_in_working_time");
        o.warningLevel = rs.getInt("warning_level");
        o.nextAlertAt = instant(rs, "next_alert_at");
        o.overdue = rs.getBoolean("overdue");
        o.updatedAt = instant(rs, "updated_at");
        o.version = rs.getLong("version");
        o.links = List.of((Long[]) rs.getArray("links").getArray());
        return o;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static SqlParameterValue name(Enum<?> value) {
        return text(value == null ? null : value.name());
    }
}
