package hotline.customer.internal;

import hotline.customer.CustomerInteraction;
import hotline.customer.TimelineEntry;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The timeline read model: every contact and work order of a customer, as the process modules report them
 * (ADR 0021), plus the archive's own milestones (kind {@value #ARCHIVE}). Entries follow merges: recorded for a
 * merged archive they land on its survivor, and a merge moves the duplicates' entries over.
 */
@Component
class CustomerTimeline {

    /** The kind of the archive's own entries; {@code reference} names the event, rendered from the bundle. */
    static final String ARCHIVE = "archive";

    private static final Pattern KIND = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");
    private static final int SUMMARY_MAX = 500;

    private final JdbcClient jdbc;

    CustomerTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CustomerInteraction interaction, Instant now) {
        if (interaction.kind() == null || !KIND.matcher(interaction.kind()).matches()) {
            throw InvalidInputException.of("kind", "Pattern", "must be lower-case kebab, e.g. work-order");
        }
        if (interaction.at() == null) {
            throw InvalidInputException.of("at", "NotNull", "must not be null");
        }
        long customerId = jdbc.sql("select coalesce(merged_into, id) from customer.customer where id = ?")
                .param(interaction.customerId()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("customer", interaction.customerId()));
        jdbc.sql("""
                        insert into customer.interaction (customer_id, at, kind, reference, summary, link, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(customerId, Timestamp.from(interaction.at()), interaction.kind(),
                        limit(interaction.reference(), 100), limit(interaction.summary(), SUMMARY_MAX),
                        safeLink(interaction.link()), Timestamp.from(now))
                .update();
    }

    void archiveEvent(long customerId, String event, String detail, Instant at) {
        record(new CustomerInteraction(customerId, at, ARCHIVE, event, detail, null), at);
    }

    List<TimelineEntry> entries(long customerId, String kind, Long beforeId, int limit) {
        var sql = new StringBuilder("select * from customer.interaction i where i.customer_id = ?");
        var params = new ArrayList<Object>(List.of(customerId));
        if (kind != null && !kind.isBlank()) {
            sql.append(" and i.kind = ?");
            params.add(kind.strip());
        }
        if (beforeId != null) {
            sql.append(" and (i.at, i.id) < (select b.at, b.id from customer.interaction b where b.id = ?)");
            params.add(beforeId);
        }
        sql.append(" order by i.at desc, i.id desc limit ?");
        params.add(Math.max(1, Math.min(limit, 500)));
        return jdbc.sql(sql.toString()).params(params).query(CustomerTimeline::entry).list();
    }

    List<String> kinds(long customerId) {
        return jdbc.sql("select distinct kind from customer.interaction where customer_id = ? order by kind")
                .param(customerId).query(String.class).list();
    }

    /** A merge: the duplicate's entries move to the survivor; an entry both already have is kept once. */
    void move(long duplicateId, long survivorId) {
        jdbc.sql("""
                        delete from customer.interaction d
                        where d.customer_id = ? and exists (select 1 from customer.interaction s
                            where s.customer_id = ? and s.kind = d.kind and s.at = d.at
                              and s.reference is not distinct from d.reference)""")
                .params(duplicateId, survivorId).update();
        jdbc.sql("update customer.interaction set customer_id = ? where customer_id = ?")
                .params(survivorId, duplicateId).update();
    }

    /** Only console paths: a link from another module must never become javascript: or an external site. */
    static String safeLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String stripped = link.strip();
        return stripped.startsWith("/") && !stripped.startsWith("//") && !stripped.contains("\\")
                && stripped.length() <= 300 ? stripped : null;
    }

    private static String limit(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                rs.getString("reference"), rs.getString("summary"), rs.getString("link"));
    }
}
