package hotline.knowledge.internal;

import hotline.platform.db.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the index in step with PostgreSQL: a change marks its article, and once the transaction commits (never before,
 * so a rollback leaves no trace in the index) the article's published revision is read back and indexed in the same
 * request. The whole index is rebuilt from the tables at start ({@link IndexLoader}).
 */
@Component
class IndexUpdates {

    private final KnowledgeIndex index;
    private final JdbcClient jdbc;
    private final CategoryManagement categories;

    IndexUpdates(KnowledgeIndex index, JdbcClient jdbc, CategoryManagement categories) {
        this.index = index;
        this.jdbc = jdbc;
        this.categories = categories;
    }

    void changed(long articleId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(Set.of(articleId));
            return;
        }
        var pending = pending();
        pending.add(articleId);
    }

    private Set<Long> pending() {
        return TransactionScoped.get(this, LinkedHashSet::new, ids -> { }, this::refresh);
    }

    void refresh(Set<Long> ids) {
        for (long id : ids) {
            load(id).ifPresentOrElse(index::put, () -> index.remove(id));
        }
    }

    /** Every published article, for the rebuild at start. */
    List<KnowledgeIndex.IndexedArticle> all() {
        var ancestry = categories.ancestry();
        return jdbc.sql(SELECT).query((rs, n) -> row(rs, ancestry)).list();
    }

    private Optional<KnowledgeIndex.IndexedArticle> load(long id) {
        var ancestry = categories.ancestry();
        return jdbc.sql(SELECT + " and a.id = ?").param(id).query((rs, n) -> row(rs, ancestry)).optional();
    }

    private static final String SELECT = """
            select a.id, r.kind, r.category_id, r.title, r.body, r.keywords, r.valid_from, r.valid_until
            from knowledge.article a
            join knowledge.article_revision r on r.article_id = a.id and r.revision = a.published_revision
            where a.published_revision is not null""";

    private static KnowledgeIndex.IndexedArticle row(java.sql.ResultSet rs, java.util.Map<Long, List<Long>> ancestry)
            throws java.sql.SQLException {
        long categoryId = rs.getLong("category_id");
        var from = rs.getDate("valid_from");
        var until = rs.getDate("valid_until");
        return new KnowledgeIndex.IndexedArticle(rs.getLong("id"), rs.getString("kind"), categoryId,
                ancestry.getOrDefault(categoryId, List.of(categoryId)), rs.getString("title"), rs.getString("body"), rs.getString("keywords"),
                from == null ? null : from.toLocalDate(), until == null ? null : until.toLocalDate());
    }
}
