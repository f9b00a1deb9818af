package hotline.knowledge.internal;

import hotline.audit.AuditLog;
import hotline.knowledge.RenderedScript;
import hotline.knowledge.ScriptView;
import hotline.knowledge.Scripts;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

@Service
@Transactional
@Validated
class ScriptManagement implements Scripts {

    private final JdbcClient jdbc;
    private final CategoryManagement categories;
    private final AuditLog audit;
    private final Clock clock;

    ScriptManagement(JdbcClient jdbc, CategoryManagement categories, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ScriptView> list() {
        return jdbc.sql("select * from knowledge.script order by name").query(ScriptManagement::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ScriptView get(long id) {
        return jdbc.sql("select * from knowledge.script where id = ?").param(id).query(ScriptManagement::row)
                .optional().orElseThrow(() -> new NotFoundException("script", id));
    }

    @Override
    @PreAuthorize(ArticleManagement.EDITORS)
    public ScriptView create(ScriptDraft draft) {
        check(draft);
        try {
            long id = jdbc.sql("""
                            insert into knowledge.script (name, category_id, body, updated_at, updated_by)
                            values (?, ?, ?, ?, ?) returning id""")
                    .params(draft.name().strip(), draft.categoryId(), draft.body().strip(),
                            clock.instant().atOffset(ZoneOffset.UTC), CurrentUser.actor().username())
                    .query(Long.class).single();
            var created = get(id);
            audit.record("knowledge-script", id, "create", "wrote script " + created.name(), null, created);
            return created;
        } catch (DuplicateKeyException e) {
            throw ConflictException.duplicate("script", "name", draft.name().strip());
        }
    }

    @Override
    @PreAuthorize(ArticleManagement.EDITORS)
    public ScriptView update(long id, ScriptDraft draft) {
        check(draft);
        var before = get(id);
        if (draft.version() == null) {
            throw InvalidInputException.of("version", "NotNull", "the version you edited is required");
        }
        if (before.version() != draft.version()) {
            throw ConflictException.staleVersion("script", id, draft.version(), before.version());
        }
        try {
            jdbc.sql("""
                            update knowledge.script set name = ?, category_id = ?, body = ?, updated_at = ?,
                                updated_by = ?, version = version + 1
                            where id = ?""")
                    .params(draft.name().strip(), draft.categoryId(), draft.body().strip(),
                            clock.instant().atOffset(ZoneOffset.UTC), CurrentUser.actor().username(), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw ConflictException.duplicate("script", "name", draft.name().strip());
        }
        var after = get(id);
        audit.record("knowledge-script", id, "update", "changed script " + after.name(), before, after);
        return after;
    }

    @Override
    @PreAuthorize(ArticleManagement.EDITORS)
    public void delete(long id) {
        var script = get(id);
        jdbc.sql("delete from knowledge.script where id = ?").param(id).update();
        audit.record("knowledge-script", id, "delete", "deleted script " + script.name(), script, null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RenderedScript render(long id, Map<String, String> context) {
        return ScriptTemplate.render(get(id).body(), context);
    }

    private void check(ScriptDraft draft) {
        if (draft.categoryId() != null && categories.find(draft.categoryId()).isEmpty()) {
            throw InvalidInputException.of("categoryId", "Exists", "no such category: " + draft.categoryId());
        }
    }

    private static ScriptView row(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("body");
        return new ScriptView(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("category_id"), body,
                ScriptTemplate.variables(body), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getLong("version"));
    }
}
