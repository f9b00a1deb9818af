package hotline.workorder.internal;

import hotline.workorder.Category;
import hotline.workorder.TimeLimit;
import hotline.workorder.TimeLimitRule;
import hotline.workorder.TypePolicy;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configured rules (type policies, time limits, categories), read on every transition, so kept in memory and
 * reloaded whenever an administrator changes them on this node (other nodes reload within a minute).
 */
@Component
class Policies {

    record Snapshot(Map<WorkOrderType, TypePolicy> types, List<TimeLimitRule> limits, Map<Long, Category> categories,
                    long loadedAtMillis) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot current() {
        var s = snapshot;
        if (s == null || System.currentTimeMillis() - s.loadedAtMillis() > 60_000) {
            s = reload();
        }
        return s;
    }

    synchronized Snapshot reload() {
        var types = new EnumMap<WorkOrderType, TypePolicy>(WorkOrderType.class);
        jdbc.sql("select * from workorder.type_policy").query(Policies::typePolicy).list()
                .forEach(p -> types.put(p.type(), p));
        var limits = jdbc.sql("select * from workorder.time_limit").query(Policies::rule).list();
        var categories = jdbc.sql("select * from workorder.category").query(Policies::category).list().stream()
                .collect(Collectors.toUnmodifiableMap(Category::id, Function.identity()));
        snapshot = new Snapshot(Map.copyOf(types), List.copyOf(limits), categories, System.currentTimeMillis());
        return snapshot;
    }

    TypePolicy policy(WorkOrderType type) {
        var policy = current().types().get(type);
        if (policy == null) {
            throw new IllegalStateException("no policy configured for work-order type " + type);
        }
        return policy;
    }

    /**
     * The most specific time-limit rule for an order: the order's category, then each parent category, then the type
     * alone; at each level a rule for the order's urgency beats one for any urgency.
     */
    Limits limits(WorkOrderType type, Long categoryId, Urgency urgency) {
        var s = current();
        var levels = new java.util.ArrayList<Long>();
        for (Long c = categoryId; c != null && !levels.contains(c); ) {
            levels.add(c);
            var node = s.categories().get(c);
            c = node == null ? null : node.parentId();
        }
        levels.add(null);
        for (Long level : levels) {
            var rule = s.limits().stream()
                    .filter(r -> r.type() == type && java.util.Objects.equals(r.categoryId(), level))
                    .filter(r -> r.urgency() == null || r.urgency() == urgency)
                    .max(Comparator.comparingInt(r -> r.urgency() == null ? 0 : 1));
            if (rule.isPresent()) {
                return new Limits(rule.get().signOff(), rule.get().handle(), rule.get().callback());
            }
        }
        throw new IllegalStateException("no time limit configured for work-order type " + type);
    }

    Optional<Category> category(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(current().categories().get(id));
    }

    static TypePolicy typePolicy(ResultSet rs, int row) throws SQLException {
        return new TypePolicy(WorkOrderType.valueOf(rs.getString("type")), rs.getBoolean("callback_required"),
                rs.getBoolean("on_spot_callback"), rs.getInt("max_callback_attempts"),
                rs.getInt("duplicate_window_hours"), rs.getLong("version"));
    }

    static TimeLimitRule rule(ResultSet rs, int row) throws SQLException {
        return new TimeLimitRule(rs.getLong("id"), WorkOrderType.valueOf(rs.getString("type")),
                (Long) rs.getObject("category_id"),
                rs.getString("urgency") == null ? null : Urgency.valueOf(rs.getString("urgency")),
                limit(rs, "sign_off"), limit(rs, "handle"), limit(rs, "callback"), rs.getLong("version"));
    }

    private static TimeLimit limit(ResultSet rs, String prefix) throws SQLException {
        return new TimeLimit(rs.getInt(prefix + "_amount"), TimeLimit.Unit.valueOf(rs.getString(prefix + "_unit")));
    }

    static Category category(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getLong("id"), WorkOrderType.valueOf(rs.getString("type")),
                (Long) rs.getObject("parent_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_en"), rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("version"));
    }
}
