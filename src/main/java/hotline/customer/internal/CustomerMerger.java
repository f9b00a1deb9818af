package hotline.customer.internal;

import hotline.audit.AuditLog;
import hotline.customer.CustomerSummary;
import hotline.customer.DuplicateGroup;
import hotline.customer.DuplicateReason;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merging duplicate archives and finding them. A merge locks every archive involved (in id order, so two merges
 * cannot deadlock), moves the duplicates' details and timeline to the survivor and leaves the duplicates as
 * read-only records pointing to it.
 */
@Component
class CustomerMerger {

    static final int MAX_DUPLICATES = 20;

    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final CustomerTimeline timeline;
    private final CustomerSearch search;
    private final CustomerViews views;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    CustomerMerger(CustomerRepository customers, CustomerRecords records, CustomerTimeline timeline,
                   CustomerSearch search, CustomerViews views, AuditLog audit, JdbcClient jdbc) {
        this.customers = customers;
        this.records = records;
        this.timeline = timeline;
        this.search = search;
        this.views = views;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    Customer merge(long survivorId, List<Long> duplicateIds, Instant now) {
        var duplicates = new LinkedHashSet<>(duplicateIds == null ? List.<Long>of() : duplicateIds);
        if (duplicates.isEmpty()) {
            throw InvalidInputException.of("duplicateIds", "NotEmpty", "name at least one duplicate");
        }
        if (duplicates.size() > MAX_DUPLICATES) {
            throw InvalidInputException.of("duplicateIds", "Size", "merge at most " + MAX_DUPLICATES + " at once");
        }
        if (duplicates.contains(survivorId)) {
            throw InvalidInputException.of("duplicateIds", "NotSurvivor", "must not contain the survivor");
        }
        var all = new ArrayList<Long>(duplicates);
        all.add(survivorId);
        var locked = jdbc.sql("select id from customer.customer where id = any(?) order by id for update")
                .param(all.toArray(Long[]::new)).query(Long.class).list();
        all.stream().filter(id -> !locked.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("customer", id);
        });
        Map<Long, Customer> loaded = customers.findAllById(all).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        var survivor = loaded.get(survivorId);
        CustomerLifecycle.check(survivor, CustomerLifecycle.Action.MERGE_AS_SURVIVOR);
        duplicates.forEach(id -> CustomerLifecycle.check(loaded.get(id), CustomerLifecycle.Action.MERGE_AS_DUPLICATE));

        var before = new LinkedHashMap<String, Object>();
        before.put("survivor", survivor.auditState());
        before.put("survivorDetails", views.auditSnapshot(survivorId));
        for (long id : duplicates) {
            var duplicate = loaded.get(id);
            before.put("duplicate " + id, duplicate.auditState());
            before.put("duplicateDetails " + id, views.auditSnapshot(id));
            records.moveDetails(id, survivorId);
            timeline.move(id, survivorId);
            survivor.absorb(duplicate, now);
            duplicate.mergeInto(survivorId, now);
            customers.save(duplicate);
            audit.record("customer", id, "merged", "customer " + id + " merged into " + survivorId, null, null);
        }
        survivor = customers.save(survivor);
        String ids = duplicates.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        audit.record("customer", survivorId, "merge", "merged " + ids + " into customer " + survivorId, before,
                java.util.Map.of("survivor", survivor.auditState(), "details", views.auditSnapshot(survivorId)));
        timeline.archiveEvent(survivorId, "merged", ids, now);
        return survivor;
    }

    /** Other active archives sharing a phone number, or the name and an address, with this one. */
    Map<CustomerSummary, Set<DuplicateReason>> suggestions(long customerId) {
        var reasons = new LinkedHashMap<Long, Set<DuplicateReason>>();
        jdbc.sql("""
                        select distinct o.customer_id from customer.contact_point cp
                        join customer.contact_point o on o.channel = 'PHONE' and o.normalized = cp.normalized
                                                     and o.customer_id <> cp.customer_id
                        join customer.customer c on c.id = o.customer_id and c.status = 'ACTIVE'
                        where cp.customer_id = ? and cp.channel = 'PHONE'""")
                .param(customerId).query(Long.class).list()
                .forEach(id -> reasons.computeIfAbsent(id, k -> EnumSet.noneOf(DuplicateReason.class))
                        .add(DuplicateReason.SAME_PHONE));
        jdbc.sql("""
                        select distinct c.id from customer.customer me
                        join customer.customer c on c.name = me.name and c.id <> me.id and c.status = 'ACTIVE'
                        join customer.address a on a.customer_id = c.id
                        join customer.address ma on ma.customer_id = me.id and ma.normalized = a.normalized
                        where me.id = ?""")
                .param(customerId).query(Long.class).list()
                .forEach(id -> reasons.computeIfAbsent(id, k -> EnumSet.noneOf(DuplicateReason.class))
                        .add(DuplicateReason.SAME_NAME_AND_ADDRESS));
        var result = new LinkedHashMap<CustomerSummary, Set<DuplicateReason>>();
        search.byIds(reasons.keySet()).forEach(summary -> result.put(summary, reasons.get(summary.id())));
        return result;
    }

    /**
     * Groups of active archives sharing a phone number, then groups sharing name and address. This aggregates over
     * the whole archive: a data-stewardship page, not something to call per request.
     */
    List<DuplicateGroup> candidates(int limit) {
        var groups = new ArrayList<Map.Entry<DuplicateReason, List<Long>>>();
        jdbc.sql("""
                        select array_agg(distinct cp.customer_id order by cp.customer_id) as ids
                        from customer.contact_point cp
                        join customer.customer c on c.id = cp.customer_id and c.status = 'ACTIVE'
                        where cp.channel = 'PHONE'
                        group by cp.normalized having count(distinct cp.customer_id) > 1
                        order by count(distinct cp.customer_id) desc, min(cp.customer_id) limit ?""")
                .param(limit).query((rs, row) -> ids(rs.getArray("ids"))).list()
                .forEach(ids -> groups.add(Map.entry(DuplicateReason.SAME_PHONE, ids)));
        jdbc.sql("""
                        select array_agg(distinct c.id order by c.id) as ids
                        from customer.customer c join customer.address a on a.customer_id = c.id
                        where c.status = 'ACTIVE'
                        group by c.name, a.normalized having count(distinct c.id) > 1
                        order by count(distinct c.id) desc, min(c.id) limit ?""")
                .param(limit).query((rs, row) -> ids(rs.getArray("ids"))).list().stream()
                .filter(ids -> groups.stream().noneMatch(g -> g.getValue().equals(ids)))
                .forEach(ids -> groups.add(Map.entry(DuplicateReason.SAME_NAME_AND_ADDRESS, ids)));
        var wanted = groups.stream().limit(limit).toList();
        Map<Long, CustomerSummary> summaries = search.byIds(wanted.stream().flatMap(g -> g.getValue().stream())
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
        return wanted.stream().map(g -> new DuplicateGroup(g.getKey(),
                g.getValue().stream().map(summaries::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
