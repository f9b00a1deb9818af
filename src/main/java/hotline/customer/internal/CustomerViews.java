package hotline.customer.internal;

import hotline.customer.ContactType;
import hotline.customer.CustomerSummary;
import hotline.customer.CustomerView;
import hotline.customer.CustomerView.AccountView;
import hotline.customer.CustomerView.AddressView;
import hotline.customer.CustomerView.ConsentView;
import hotline.customer.CustomerView.ContactPointView;
import hotline.platform.mask.PhoneMask;
import hotline.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds what the facade returns, masked for the acting person (ADR 0020). Masking happens here, once, so pages, the
 * API and exports cannot forget it. The audit trail never keeps a full contact value either.
 */
@Component
class CustomerViews {

    private final CustomerRecords records;
    private final CustomerSearch search;
    private final JdbcClient jdbc;

    CustomerViews(CustomerRecords records, CustomerSearch search, JdbcClient jdbc) {
        this.records = records;
        this.search = search;
        this.jdbc = jdbc;
    }

    /** Whether the acting person sees contact values masked. */
    boolean masked() {
        return !ContactVisibility.seesFullContacts(CurrentUser.actor());
    }

    CustomerView view(Customer c) {
        boolean masked = masked();
        long id = c.id;
        return new CustomerView(id, c.name, c.kind, c.gender, c.notes, c.vipLevel, c.tagNames(), c.sensitive,
                c.sensitiveReason, c.sensitiveBy, c.sensitiveAt, c.doNotCall, c.status, c.mergedInto, c.mergedAt,
                records.contactPoints(id).stream().map(row -> contactPoint(row, masked)).toList(),
                records.accounts(id).stream().map(CustomerViews::account).toList(),
                records.addresses(id).stream().map(CustomerViews::address).toList(),
                records.consents(id).stream().map(CustomerViews::consent).toList(),
                c.createdAt, c.createdBy, c.updatedAt, c.version(), masked);
    }

    ContactPointView contactPoint(CustomerRecords.ContactPointRow row, boolean masked) {
        return new ContactPointView(row.id(), row.type(), ContactVisibility.show(row.type(), row.value(), masked),
                row.label(), row.createdAt());
    }

    static AccountView account(CustomerRecords.AccountRow row) {
        return new AccountView(row.id(), row.number(), row.type(), row.address(), row.createdAt());
    }

    static AddressView address(CustomerRecords.AddressRow row) {
        return new AddressView(row.id(), row.text(), row.district(), row.areaCode(), row.createdAt());
    }

    static ConsentView consent(CustomerRecords.ConsentRow row) {
        return new ConsentView(row.id(), row.channel(), row.granted(), row.at(), row.source(), row.note(),
                row.recordedBy());
    }

    List<CustomerSummary> mask(List<CustomerSummary> summaries) {
        boolean masked = masked();
        return summaries.stream().map(s -> mask(s, masked)).toList();
    }

    CustomerSummary mask(CustomerSummary s, boolean masked) {
        if (!masked) {
            return s;
        }
        return new CustomerSummary(s.id(), s.name(), s.kind(), s.vipLevel(), s.sensitive(), s.doNotCall(),
                s.phones().stream().map(PhoneMask::mask).toList(), s.accountNumbers(), s.address(), s.tags(), true);
    }

    /** Summaries by id; an id of a merged archive maps to its survivor's summary. */
    Map<Long, CustomerSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> survivors = new LinkedHashMap<>();
        jdbc.sql("select id, coalesce(merged_into, id) as survivor from customer.customer where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getLong("survivor")))
                .list().forEach(e -> survivors.put(e.getKey(), e.getValue()));
        Map<Long, CustomerSummary> bySurvivor = mask(search.byIds(survivors.values().stream().distinct().toList()))
                .stream().collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
        var result = new LinkedHashMap<Long, CustomerSummary>();
        survivors.forEach((id, survivor) -> {
            var summary = bySurvivor.get(survivor);
            if (summary != null) {
                result.put(id, summary);
            }
        });
        return result;
    }

    /** The archive as the audit trail keeps it: contact values masked, whoever reads the trail later. */
    AuditSnapshot auditSnapshot(long id) {
        return new AuditSnapshot(
                records.contactPoints(id).stream().map(cp -> cp.type() + " " + auditValue(cp.type(), cp.value())).toList(),
                records.accounts(id).stream().map(CustomerRecords.AccountRow::number).toList(),
                records.addresses(id).stream().map(CustomerRecords.AddressRow::text).toList());
    }

    record AuditSnapshot(List<String> contactPoints, List<String> accounts, List<String> addresses) {
    }

    static String auditValue(ContactType type, String value) {
        return ContactVisibility.show(type, value, true);
    }
}
