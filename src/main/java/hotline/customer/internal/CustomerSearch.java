package hotline.customer.internal;

import hotline.customer.CustomerKind;
import hotline.customer.CustomerQuery;
import hotline.customer.CustomerSummary;
import hotline.customer.PhoneNumbers;
import hotline.platform.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The read side of the archive: identification, search and summaries, in plain SQL next to the indexes that serve
 * them (V1__customer_archive.sql). Rows come back unmasked; the facade masks them for the viewer.
 */
@Component
class CustomerSearch {

    /** One row per customer with its phones, accounts, first address and tags gathered by correlated subqueries. */
    static final String SUMMARY = """
            select c.id, c.name, c.kind, c.vip_level, c.sensitive, c.do_not_call,
                   array(select cp.value from customer.contact_point cp
                         where cp.customer_id = c.id and cp.channel = 'PHONE' order by cp.id) as phones,
                   array(select a.number from customer.account a where a.customer_id = c.id order by a.id) as accounts,
                   (select ad.text from customer.address ad where ad.customer_id = c.id order by ad.id limit 1) as address,
                   array(select t.tag from customer.customer_tag t where t.customer = c.id order by t.tag) as tags
            from customer.customer c
            """;

    static final int IDENTIFY_LIMIT = 50;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ContactValues values;

    CustomerSearch(JdbcClient jdbc, DataSource dataSource, ContactValues values) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result only with a fetch size (inside a transaction); exports can be a million rows.
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
        this.values = values;
    }

    List<CustomerSummary> identify(String normalizedPhone) {
        return jdbc.sql(SUMMARY + """
                        where c.status = 'ACTIVE' and c.id in (
                            select coalesce(o.merged_into, o.id) from customer.contact_point cp
                            join customer.customer o on o.id = cp.customer_id
                            where cp.channel = 'PHONE' and cp.normalized = ?)
                        order by c.updated_at desc, c.id desc limit %d""".formatted(IDENTIFY_LIMIT))
                .param(normalizedPhone).query(CustomerSearch::summary).list();
    }

    List<CustomerSummary> identifyByAccount(String number) {
        return jdbc.sql(SUMMARY + """
                        where c.status = 'ACTIVE' and c.id in (
                            select coalesce(o.merged_into, o.id) from customer.account a
                            join customer.customer o on o.id = a.customer_id where a.number = ?)""")
                .param(number).query(CustomerSearch::summary).list();
    }

    List<CustomerSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where c.id = any(?) order by c.id")
                .param(ids.toArray(Long[]::new)).query(CustomerSearch::summary).list();
    }

    List<CustomerSummary> byAddressPrefix(String prefix, int limit) {
        String like = escapeLike(ContactValues.address(prefix)) + "%";
        return jdbc.sql(SUMMARY + """
                        where c.status = 'ACTIVE' and c.id in (
                            select ad.customer_id from customer.address ad where ad.normalized like ?)
                        order by c.id limit ?""")
                .params(like, Math.max(1, Math.min(limit, 10_000))).query(CustomerSearch::summary).list();
    }

    List<CustomerSummary> page(CustomerQuery query) {
        var where = where(query);
        var params = new ArrayList<>(where.params());
        params.add(query.size());
        params.add(query.offset());
        return jdbc.sql(SUMMARY + where.sql() + orderBy(query) + " limit ? offset ?")
                .params(params).query(CustomerSearch::summary).list();
    }

    long count(CustomerQuery query) {
        var where = where(query);
        return jdbc.sql("select count(*) from customer.customer c" + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    /** Every match in the query's order, streamed with a cursor; the caller must hold a transaction. */
    void stream(CustomerQuery query, Consumer<CustomerSummary> consumer) {
        var where = where(query);
        try (var rows = streaming.sql(SUMMARY + where.sql() + orderBy(query))
                .params(where.params()).query(CustomerSearch::summary).stream()) {
            rows.forEach(consumer);
        }
    }

    record Where(String sql, List<Object> params) {
    }

    Where where(CustomerQuery query) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (!query.includeMerged()) {
            conditions.add("c.status = 'ACTIVE'");
        }
        if (notBlank(query.name())) {
            conditions.add("c.name ilike ?");
            params.add("%" + escapeLike(query.name().strip()) + "%");
        }
        if (notBlank(query.phone())) {
            phoneCondition(query.phone(), conditions, params);
        }
        if (notBlank(query.account())) {
            conditions.add("c.id in (select a.customer_id from customer.account a where a.number like ?)");
            params.add(escapeLike(ContactValues.accountNumber(query.account())) + "%");
        }
        if (notBlank(query.address())) {
            conditions.add("""
                    c.id in (select ad.customer_id from customer.address ad where ad.text ilike ?
                             union select a.customer_id from customer.account a where a.address ilike ?)""");
            String like = "%" + escapeLike(query.address().strip()) + "%";
            params.add(like);
            params.add(like);
        }
        if (notBlank(query.tag())) {
            conditions.add("c.id in (select t.customer from customer.customer_tag t where t.tag = ?)");
            params.add(query.tag().strip());
        }
        if (query.sensitive() != null) {
            conditions.add("c.sensitive = ?");
            params.add(query.sensitive());
        }
        if (query.doNotCall() != null) {
            conditions.add("c.do_not_call = ?");
            params.add(query.doNotCall());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /**
     * A whole number matches by equality (the identification index), four digits match the last four of a number,
     * any other fragment of at least four digits matches anywhere in it (trigram index).
     */
    private void phoneCondition(String phone, List<String> conditions, List<Object> params) {
        String normalized = values.phone(phone);
        if (normalized == null || normalized.length() < 4) {
            throw InvalidInputException.of("phone", "Size", "enter at least 4 digits");
        }
        String prefix = "c.id in (select cp.customer_id from customer.contact_point cp where cp.channel = 'PHONE' and ";
        if (PhoneNumbers.isComplete(normalized)) {
            conditions.add(prefix + "cp.normalized = ?)");
            params.add(normalized);
        } else if (normalized.length() == 4) {
            conditions.add(prefix + "right(cp.normalized, 4) = ?)");
            params.add(normalized);
        } else {
            conditions.add(prefix + "cp.normalized like ?)");
            params.add("%" + normalized + "%");
        }
    }

    private static String orderBy(CustomerQuery query) {
        return switch (query.sort()) {
            case NAME -> " order by c.name, c.id";
            case NEWEST -> " order by c.created_at desc, c.id desc";
            case UPDATED -> " order by c.updated_at desc, c.id desc";
            case VIP -> " order by c.vip_level desc, c.updated_at desc, c.id desc";
        };
    }

    static CustomerSummary summary(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), rs.getString("name"), CustomerKind.valueOf(rs.getString("kind")),
                rs.getInt("vip_level"), rs.getBoolean("sensitive"), rs.getBoolean("do_not_call"),
                strings(rs.getArray("phones")), strings(rs.getArray("accounts")), rs.getString("address"),
                strings(rs.getArray("tags")), false);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
