package hotline.quality.inspection;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The automatic-inspection rules, stored in {@code quality.inspection_rule}. QA, supervisors, managers and
 * administrators edit them (audited); the compiled set is cached and rebuilt after each change.
 */
@Service
@Validated
@Transactional
class InspectionRules {

    static final String READERS = "hasAnyRole('QA','SUPERVISOR','MANAGER','ADMIN','TEAM_LEAD')";
    static final String EDITORS = "hasAnyRole('QA','SUPERVISOR','MANAGER','ADMIN')";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Compiled> compiled = new AtomicReference<>();

    /** The compiled rules and the ids and versions they were compiled from (another node may have changed them). */
    private record Compiled(String fingerprint, InspectionEngine.Rules rules) {
    }

    InspectionRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    List<InspectionRule> list() {
        return all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    InspectionRule get(long id) {
        return find(id);
    }

    @PreAuthorize(EDITORS)
    InspectionRule create(@Valid RuleDraft draft) {
        check(draft);
        long id = jdbc.sql("""
                        insert into quality.inspection_rule (code, name_zh, name_en, kind, phrases, speaker, phase,
                            window_seconds, threshold, item_code, violation, enabled, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.code(), draft.nameZh().strip(), draft.nameEn().strip(), draft.kind().name(),
                        String.join("\n", draft.phrases()), speaker(draft), phase(draft), draft.windowSeconds(),
                        draft.threshold(), blankToNull(draft.itemCode()), draft.violation(), draft.enabled(),
                        Timestamp.from(clock.instant()), CurrentUser.actor().username())
                .query(Long.class).single();
        var rule = find(id);
        audit.record("inspection-rule", id, "create", "added inspection rule " + rule.code(), null, rule);
        return rule;
    }

    @PreAuthorize(EDITORS)
    InspectionRule update(long id, @Valid RuleDraft draft) {
        var before = find(id);
        check(draft);
        if (!before.code().equals(draft.code())) {
            throw InvalidInputException.of("code", "Immutable", "a rule's code cannot change (hits refer to it)");
        }
        int changed = jdbc.sql("""
                        update quality.inspection_rule set name_zh = ?, name_en = ?, kind = ?, phrases = ?, speaker = ?,
                            phase = ?, window_seconds = ?, threshold = ?, item_code = ?, violation = ?, enabled = ?,
                            version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and version = ?""")
                .params(draft.nameZh().strip(), draft.nameEn().strip(), draft.kind().name(),
                        String.join("\n", draft.phrases()), speaker(draft), phase(draft), draft.windowSeconds(),
                        draft.threshold(), blankToNull(draft.itemCode()), draft.violation(), draft.enabled(),
                        Timestamp.from(clock.instant()), CurrentUser.actor().username(), id,
                        draft.version() == null ? before.version() : draft.version())
                .update();
        if (changed == 0) {
            throw ConflictException.staleVersion("inspection rule", id, draft.version(), find(id).version());
        }
        var after = find(id);
        audit.record("inspection-rule", id, "update", "changed inspection rule " + after.code(), before, after);
        return after;
    }

    @PreAuthorize(EDITORS)
    void delete(long id) {
        var before = find(id);
        jdbc.sql("delete from quality.inspection_rule where id = ?").param(id).update();
        audit.record("inspection-rule", id, "delete", "removed inspection rule " + before.code(), before, null);
    }

    /** The enabled rules, compiled; for the inspection itself (no person acting). Recompiled when they changed. */
    @Transactional(readOnly = true)
    InspectionEngine.Rules compiled() {
        var fingerprint = jdbc.sql("select coalesce(string_agg(id || ':' || version, ',' order by id), '')"
                + " from quality.inspection_rule").query(String.class).single();
        var current = compiled.get();
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            current = new Compiled(fingerprint, new InspectionEngine.Rules(all()));
            compiled.set(current);
        }
        return current.rules();
    }

    private List<InspectionRule> all() {
        return jdbc.sql("select * from quality.inspection_rule order by id").query(InspectionRules::map).list();
    }

    private InspectionRule find(long id) {
        return jdbc.sql("select * from quality.inspection_rule where id = ?").param(id).query(InspectionRules::map)
                .optional().orElseThrow(() -> new NotFoundException("inspection rule", id));
    }

    private static void check(RuleDraft draft) {
        boolean phraseRule = draft.kind() == InspectionRule.Kind.FORBIDDEN_WORDS
                || draft.kind() == InspectionRule.Kind.REQUIRED_PHRASE;
        if (phraseRule && PhraseMatcher.of(draft.phrases()).isEmpty()) {
            throw InvalidInputException.of("phrases", "NotEmpty", "a word or phrase rule needs at least one phrase"
                    + " with words in it");
        }
        if (!phraseRule && draft.kind() != InspectionRule.Kind.TALK_OVER && draft.threshold() <= 0) {
            throw InvalidInputException.of("threshold", "Positive", "this kind of rule needs a threshold above 0");
        }
    }

    private static String speaker(RuleDraft draft) {
        return draft.speaker() == null || draft.speaker().isBlank() ? "AGENT" : draft.speaker();
    }

    private static String phase(RuleDraft draft) {
        return draft.phase() == null ? InspectionRule.Phase.ANYWHERE.name() : draft.phase().name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static InspectionRule map(ResultSet rs, int row) throws SQLException {
        var phrases = Arrays.stream(rs.getString("phrases").split("\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new InspectionRule(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                rs.getString("name_en"), InspectionRule.Kind.valueOf(rs.getString("kind")), phrases,
                rs.getString("speaker"), InspectionRule.Phase.valueOf(rs.getString("phase")),
                rs.getInt("window_seconds"), rs.getDouble("threshold"), rs.getString("item_code"),
                rs.getBoolean("violation"), rs.getBoolean("enabled"), rs.getInt("version"));
    }
}
