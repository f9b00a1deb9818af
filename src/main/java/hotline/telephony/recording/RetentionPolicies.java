package hotline.telephony.recording;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.db.Batches;
import hotline.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How long recordings are kept, by type (ADR 0070), and the sweep that deletes the expired ones: file first, then
 * row and transcript, each deletion in the audit log. Supervisors, managers and administrators edit the policies.
 */
@Service
@Transactional
class RetentionPolicies {

    private static final Logger log = LoggerFactory.getLogger(RetentionPolicies.class);
    static final String EDITORS = "hasAnyRole('SUPERVISOR','MANAGER','ADMIN')";

    record Policy(String type, int days, Instant updatedAt, String updatedBy, long recordings) {
    }

    private final JdbcClient jdbc;
    private final RecordingStore store;
    private final RecordingAudit audit;
    private final Clock clock;

    RetentionPolicies(JdbcClient jdbc, RecordingStore store, RecordingAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    List<Policy> list() {
        return jdbc.sql("""
                        select p.*, (select count(*) from telephony.recording r where r.type = p.type) as recordings
                        from telephony.retention_policy p order by p.type""")
                .query((rs, n) -> new Policy(rs.getString("type"), rs.getInt("days"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("recordings")))
                .list();
    }

    /** Creates or changes the policy of a type. */
    @PreAuthorize(EDITORS)
    Policy save(String type, Integer days) {
        var clean = type == null ? "" : type.strip();
        var violations = new java.util.ArrayList<InvalidInputException.Violation>();
        if (!RecordingService.TYPE.matcher(clean).matches()) {
            violations.add(new InvalidInputException.Violation("type", "Pattern",
                    "a type is 2 to 30 lower-case letters, digits or '-'"));
        }
        if (days == null || days < 1 || days > 36500) {
            violations.add(new InvalidInputException.Violation("days", "Range", "must be 1 to 36500 days"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var before = find(clean);
        jdbc.sql("""
                        insert into telephony.retention_policy (type, days, updated_at, updated_by) values (?, ?, ?, ?)
                        on conflict (type) do update set days = excluded.days, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .params(clean, days, Timestamp.from(clock.instant()), CurrentUser.actor().username()).update();
        var after = find(clean);
        audit.record("recording-retention", clean, before == null ? "create" : "update",
                "recordings of type " + clean + " are kept " + days + " days", before, after);
        return after;
    }

    @PreAuthorize(EDITORS)
    void delete(String type) {
        var before = find(type);
        if (before == null) {
            throw new NotFoundException("retention policy", type);
        }
        jdbc.sql("delete from telephony.retention_policy where type = ?").param(type).update();
        audit.record("recording-retention", type, "delete", "recordings of type " + type + " are kept until a policy"
                + " names them again", before, null);
    }

    /**
     * Deletes up to {@code batch} expired recordings and says how many. A file that is already gone is no reason to
     * keep the row.
     */
    int sweep(Instant now, int batch) {
        record Expired(UUID id, String type, String key, String path, Instant startedAt) {
        }
        var expired = jdbc.sql("""
                        select r.id, r.type, r.recording_key, r.storage_path, r.started_at
                        from telephony.recording r join telephony.retention_policy p on p.type = r.type
                        where r.started_at < cast(? as timestamptz) - make_interval(days => p.days)
                        order by r.started_at limit ?""")
                .params(Timestamp.from(now), batch)
                .query((rs, n) -> new Expired(rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getString("recording_key"), rs.getString("storage_path"),
                        rs.getTimestamp("started_at").toInstant()))
                .list();
        for (var e : expired) {
            store.delete(e.path());
            jdbc.sql("delete from telephony.transcript where recording_key = ?").param(e.key()).update();
            jdbc.sql("delete from telephony.recording where id = ?").param(e.id()).update();
            audit.bySystem("recording", e.id(), "expire", "deleted recording " + e.key() + " of type "
                    + e.type() + " started " + e.startedAt() + " (retention)", e, null);
        }
        if (!expired.isEmpty()) {
            log.info("Retention deleted {} expired recordings", expired.size());
        }
        return expired.size();
    }

    private Policy find(String type) {
        return jdbc.sql("select *, 0 as recordings from telephony.retention_policy where type = ?").param(type)
                .query((rs, n) -> new Policy(rs.getString("type"), rs.getInt("days"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), 0))
                .optional().orElse(null);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {
        @Bean
        RecurringTask<Void> recordingRetention(RetentionPolicies policies, Clock clock,
                                               @Value("${hotline.recordings.retention-interval:PT1H}") Duration every) {
            return Tasks.recurring("telephony-recording-retention", FixedDelay.of(every))
                    .execute((instance, context) -> {
                        // in batches, each its own transaction, so a large first sweep neither times out nor holds locks
                        Batches.untilShort(200, () -> policies.sweep(clock.instant(), 200));
                    });
        }
    }
}
