package hotline.knowledge.internal;

import hotline.audit.AuditLog;
import hotline.knowledge.Categories;
import hotline.knowledge.CategoryView;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category tree, small enough to read whole: every answer is computed from one query. */
@Service
@Transactional
class CategoryManagement implements Categories {

    private record Row(long id, Long parentId, String name, int position, long version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ObjectProvider<IndexLoader> index;

    CategoryManagement(JdbcClient jdbc, AuditLog audit, ObjectProvider<IndexLoader> index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.index = index;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CategoryView> tree() {
        var rows = rows();
        var children = new HashMap<Long, List<Row>>();
        rows.forEach(row -> children.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row));
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Row::position).thenComparing(Row::name)));
        var result = new ArrayList<CategoryView>();
        walk(0L, "", 0, children, result);
        return result;
    }

    private static void walk(long parent, String prefix, int depth, Map<Long, List<Row>> children, List<CategoryView> out) {
        for (Row row : children.getOrDefault(parent, List.of())) {
            String path = prefix.isEmpty() ? row.name() : prefix + " / " + row.name();
            out.add(new CategoryView(row.id(), row.parentId(), row.name(), path, depth, row.position(), row.version()));
            walk(row.id(), path, depth + 1, children, out);
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CategoryView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("category", id));
    }

    Optional<CategoryView> find(long id) {
        return tree().stream().filter(c -> c.id() == id).findFirst();
    }

    /** Each category's id with the ids of all its ancestors. */
    Map<Long, List<Long>> ancestry() {
        var parents = new HashMap<Long, Long>();
        rows().forEach(row -> parents.put(row.id(), row.parentId()));
        var result = new HashMap<Long, List<Long>>();
        for (Long id : parents.keySet()) {
            var chain = new ArrayList<Long>();
            for (Long at = id; at != null && chain.size() <= parents.size(); at = parents.get(at)) {
                chain.add(at);
            }
            result.put(id, List.copyOf(chain));
        }
        return result;
    }

    /** Each category's path ("停电报修 / 计划停电") by id. */
    Map<Long, String> paths() {
        var paths = new HashMap<Long, String>();
        tree().forEach(c -> paths.put(c.id(), c.path()));
        return paths;
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER','ADMIN')")
    public CategoryView create(Long parentId, String name, int position) {
        String clean = requireName(name);
        if (parentId != null && find(parentId).isEmpty()) {
            throw InvalidInputException.of("parentId", "Exists", "no such category: " + parentId);
        }
        requireUnique(parentId, clean, null);
        long id = jdbc.sql("insert into knowledge.category (parent_id, name, position) values (?, ?, ?) returning id")
                .params(parentId, clean, position).query(Long.class).single();
        var created = get(id);
        audit.record("knowledge-category", id, "create", "created category " + created.path(), null, created);
        return created;
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER','ADMIN')")
    public CategoryView update(long id, Long parentId, String name, int position, long version) {
        var before = get(id);
        if (before.version() != version) {
            throw ConflictException.staleVersion("category", id, version, before.version());
        }
        String clean = requireName(name);
        if (parentId != null) {
            if (find(parentId).isEmpty()) {
                throw InvalidInputException.of("parentId", "Exists", "no such category: " + parentId);
            }
            if (ancestry().getOrDefault(parentId, List.of()).contains(id)) {
                throw InvalidInputException.of("parentId", "NotBelowItself", "a category cannot move below itself");
            }
        }
        requireUnique(parentId, clean, id);
        jdbc.sql("update knowledge.category set parent_id = ?, name = ?, position = ?, version = version + 1 where id = ?")
                .params(parentId, clean, position, id).update();
        var after = get(id);
        audit.record("knowledge-category", id, "update", "changed category " + after.path(), before, after);
        if (!java.util.Objects.equals(before.parentId(), parentId)) {
            // subtree filters of the moved articles changed
            index.getObject().rebuildAfterCommit();
        }
        return after;
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER','ADMIN')")
    public void delete(long id) {
        var category = get(id);
        int used = jdbc.sql("""
                        select (select count(*) from knowledge.category where parent_id = :id)
                             + (select count(*) from knowledge.article where category_id = :id)
                             + (select count(*) from knowledge.script where category_id = :id)""")
                .param("id", id).query(Integer.class).single();
        if (used > 0) {
            throw new ConflictException("in-use", "cannot delete: category " + category.path()
                    + " still holds categories, articles or scripts", Map.of("resource", "category", "id", id));
        }
        jdbc.sql("delete from knowledge.category where id = ?").param(id).update();
        audit.record("knowledge-category", id, "delete", "deleted category " + category.path(), category, null);
    }

    private void requireUnique(Long parentId, String name, Long self) {
        boolean taken = rows().stream().anyMatch(row -> java.util.Objects.equals(row.parentId(), parentId)
                && row.name().equals(name) && (self == null || row.id() != self));
        if (taken) {
            throw ConflictException.duplicate("category", "name", name);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw InvalidInputException.of("name", "Size", "must be 1 to 60 characters");
        }
        return name.strip();
    }

    private List<Row> rows() {
        return jdbc.sql("select id, parent_id, name, position, version from knowledge.category")
                .query((rs, n) -> new Row(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name"),
                        rs.getInt("position"), rs.getLong("version")))
                .list();
    }
}
