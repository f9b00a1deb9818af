package hotline.audit;

import hotline.platform.db.Typed;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records who changed what. Called inside the caller's transaction: if the change rolls back, so does its entry.
 * States are stored as JSON snapshots of whatever record the module passes (secrets must not be in it).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, String summary, Object before, Object after) {
        record(CurrentUser.actor(), entityType, entityId, action, summary, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String entityType, Object entityId, String action, String summary, Object before,
                       Object after) {
        jdbc.sql("""
                        insert into audit.audit_entry
                            (at, actor_id, actor_name, entity_type, entity_id, action, summary, before, after)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(clock.instant().atOffset(ZoneOffset.UTC), actor.id(), actor.username(), entityType,
                        String.valueOf(entityId), action, Typed.text(summary), Typed.text(toJson(before)),
                        Typed.text(toJson(after)))
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        var page = query.page();
        var result = new ArrayList<AuditEntry>(page.limit());
        stream(page, result::add);
        return result;
    }

    /** Streams the matching entries, newest first, up to the query's limit (exports pass a large one). */
    @Transactional(readOnly = true)
    public void stream(AuditQuery query, Consumer<AuditEntry> consumer) {
        var sql = new StringBuilder("select * from audit.audit_entry where true");
        var params = new ArrayList<Object>();
        if (notBlank(query.actor())) {
            sql.append(" and actor_name = ?");
            params.add(query.actor().strip().toLowerCase());
        }
        if (notBlank(query.entityType())) {
            sql.append(" and entity_type = ?");
            params.add(query.entityType().strip());
        }
        if (notBlank(query.entityId())) {
            sql.append(" and entity_id = ?");
            params.add(query.entityId().strip());
        }
        if (notBlank(query.action())) {
            sql.append(" and action = ?");
            params.add(query.action().strip());
        }
        if (notBlank(query.text())) {
            sql.append(" and (summary ilike ? or after::text ilike ? or before::text ilike ?)");
            String like = "%" + query.text().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (query.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.beforeId() != null) {
            sql.append(" and id < ?");
            params.add(query.beforeId());
        }
        sql.append(" order by id desc limit ").append(query.limit());
        try (var rows = jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).stream()) {
            rows.forEach(consumer);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getLong("actor_id"),
                rs.getString("actor_name"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("action"), rs.getString("summary"), rs.getString("before"), rs.getString("after"));
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
