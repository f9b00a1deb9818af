package hotline.workorder.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.workorder.Category;
import hotline.workorder.TimeLimitRule;
import hotline.workorder.TypePolicy;
import hotline.workorder.WorkOrderSettings;
import hotline.workorder.WorkOrderType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

@Service
@Transactional
class SettingsService implements WorkOrderSettings {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final AuditLog audit;
    private final Directory directory;

    SettingsService(JdbcClient jdbc, Policies policies, AuditLog audit, Directory directory) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<hotline.workorder.DispatchTarget> dispatchTargets() {
        return directory.departments().stream().filter(Directory.Department::active)
                .map(d -> new hotline.workorder.DispatchTarget(d.id(), d.name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Category> categories(WorkOrderType type) {
        return allCategories().stream().filter(c -> c.type() == type).toList();
    }

    /** Every category, each parent before its children, siblings by sort order. */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Category> allCategories() {
        var all = jdbc.sql("select * from workorder.category").query(Policies::category).list();
        var ordered = new java.util.ArrayList<Category>();
        addChildren(all, null, ordered);
        return ordered;
    }

    private static void addChildren(List<Category> all, Long parent, List<Category> out) {
        all.stream().filter(c -> Objects.equals(c.parentId(), parent))
                .sorted(Comparator.comparing(Category::type).thenComparingInt(Category::sortOrder)
                        .thenComparing(Category::name))
                .forEach(c -> {
                    out.add(c);
                    addChildren(all, c.id(), out);
                });
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public Category saveCategory(Category c) {
        if (c.parentId() != null) {
            var parent = policies.reload().categories().get(c.parentId());
            if (parent == null || parent.type() != c.type()) {
                throw InvalidInputException.of("parentId", "SameType", "must be a category of the same type");
            }
            for (Long p = c.parentId(); p != null; p = policies.current().categories().get(p).parentId()) {
                if (p.equals(c.id())) {
                    throw InvalidInputException.of("parentId", "Acyclic", "a category cannot be its own ancestor");
                }
            }
        }
        try {
            Category saved;
            if (c.id() == null) {
                long id = jdbc.sql("""
                                insert into workorder.category (type, parent_id, code, name, name_en, sort_order, active)
                                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(c.type().name(), c.parentId(), c.code(), c.name().strip(), c.nameEn(), c.sortOrder(),
                                c.active())
                        .query(Long.class).single();
                saved = category(id);
                audit.record("work-order-category", id, "create", "created category " + c.name(), null, saved);
            } else {
                var before = category(c.id());
                int updated = jdbc.sql("""
                                update workorder.category set parent_id = ?, code = ?, name = ?, name_en = ?,
                                    sort_order = ?, active = ?, version = version + 1
                                where id = ? and version = ?""")
                        .params(c.parentId(), c.code(), c.name().strip(), c.nameEn(), c.sortOrder(), c.active(), c.id(),
                                c.version())
                        .update();
                if (updated == 0) {
                    throw ConflictException.staleVersion("category", c.id(), c.version(), before.version());
                }
                saved = category(c.id());
                audit.record("work-order-category", c.id(), "update", "changed category " + c.name(), before, saved);
            }
            reloadAfterCommit();
            return saved;
        } catch (DuplicateKeyException e) {
            throw ConflictException.duplicate("category", "code", c.code());
        }
    }

    private Category category(long id) {
        return jdbc.sql("select * from workorder.category where id = ?").param(id).query(Policies::category)
                .optional().orElseThrow(() -> new NotFoundException("category", id));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TypePolicy> typePolicies() {
        return jdbc.sql("select * from workorder.type_policy order by type").query(Policies::typePolicy).list();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public TypePolicy saveTypePolicy(TypePolicy p) {
        var before = jdbc.sql("select * from workorder.type_policy where type = ?").param(p.type().name())
                .query(Policies::typePolicy).optional()
                .orElseThrow(() -> new NotFoundException("type policy", p.type()));
        int updated = jdbc.sql("""
                        update workorder.type_policy set callback_required = ?, on_spot_callback = ?,
                            max_callback_attempts = ?, duplicate_window_hours = ?, version = version + 1
                        where type = ? and version = ?""")
                .params(p.callbackRequired(), p.onSpotCallback(), p.maxCallbackAttempts(), p.duplicateWindowHours(),
                        p.type().name(), p.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("type policy", p.type(), p.version(), before.version());
        }
        var after = jdbc.sql("select * from workorder.type_policy where type = ?").param(p.type().name())
                .query(Policies::typePolicy).single();
        audit.record("work-order-policy", p.type(), "update", "changed the policy of " + p.type(), before, after);
        reloadAfterCommit();
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TimeLimitRule> timeLimits() {
        return jdbc.sql("select * from workorder.time_limit order by type, category_id nulls first, urgency nulls first")
                .query(Policies::rule).list();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public TimeLimitRule saveTimeLimit(TimeLimitRule r) {
        if (r.categoryId() != null) {
            var category = policies.reload().categories().get(r.categoryId());
            if (category == null || category.type() != r.type()) {
                throw InvalidInputException.of("categoryId", "SameType", "must be a category of the same type");
            }
        }
        try {
            TimeLimitRule saved;
            if (r.id() == null) {
                long id = jdbc.sql("""
                                insert into workorder.time_limit (type, category_id, urgency, sign_off_amount,
                                    sign_off_unit, handle_amount, handle_unit, callback_amount, callback_unit)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(r.type().name(), r.categoryId(), r.urgency() == null ? null : r.urgency().name(),
                                r.signOff().amount(), r.signOff().unit().name(), r.handle().amount(),
                                r.handle().unit().name(), r.callback().amount(), r.callback().unit().name())
                        .query(Long.class).single();
                saved = rule(id);
                audit.record("work-order-time-limit", id, "create", "added a time limit for " + r.type(), null, saved);
            } else {
                var before = rule(r.id());
                int updated = jdbc.sql("""
                                update workorder.time_limit set sign_off_amount = ?, sign_off_unit = ?,
                                    handle_amount = ?, handle_unit = ?, callback_amount = ?, callback_unit = ?,
                                    version = version + 1
                                where id = ? and version = ?""")
                        .params(r.signOff().amount(), r.signOff().unit().name(), r.handle().amount(),
                                r.handle().unit().name(), r.callback().amount(), r.callback().unit().name(), r.id(),
                                r.version())
                        .update();
                if (updated == 0) {
                    throw ConflictException.staleVersion("time limit", r.id(), r.version(), before.version());
                }
                saved = rule(r.id());
                audit.record("work-order-time-limit", r.id(), "update", "changed a time limit of " + r.type(), before,
                        saved);
            }
            reloadAfterCommit();
            return saved;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("duplicate", "a time limit for this type, category and urgency exists",
                    java.util.Map.of("type", r.type().name()));
        }
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteTimeLimit(long id) {
        var before = rule(id);
        if (before.categoryId() == null && before.urgency() == null) {
            throw new ConflictException("required", "the base time limit of a type cannot be removed; change it instead",
                    java.util.Map.of("type", before.type().name()));
        }
        jdbc.sql("delete from workorder.time_limit where id = ?").param(id).update();
        audit.record("work-order-time-limit", id, "delete", "removed a time limit of " + before.type(), before, null);
        reloadAfterCommit();
    }

    private TimeLimitRule rule(long id) {
        return jdbc.sql("select * from workorder.time_limit where id = ?").param(id).query(Policies::rule).optional()
                .orElseThrow(() -> new NotFoundException("time limit", id));
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                policies.reload();
            }
        });
    }
}
