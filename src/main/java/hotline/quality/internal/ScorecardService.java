package hotline.quality.internal;

import hotline.audit.AuditLog;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.quality.ScorecardContent;
import hotline.quality.Scorecards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Scorecards and their versions (ADR 0080). The draft is one JSON document edited as a whole; publishing copies it
 * into a numbered version that nothing changes afterwards. Supervisors (a QA lead holds QA and SUPERVISOR) manage
 * them; quality people, leads and managers read them.
 */
@Service
@Validated
@Transactional
class ScorecardService implements Scorecards {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final CenterTime time;

    ScorecardService(JdbcClient jdbc, JsonMapper json, AuditLog audit, CenterTime time) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScorecardView> list() {
        return jdbc.sql("select * from quality.scorecard order by name").query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ScorecardView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("scorecard", id));
    }

    Optional<ScorecardView> find(long id) {
        return jdbc.sql("select * from quality.scorecard where id = ?").param(id).query(this::map).optional();
    }

    @Override
    public ScorecardView create(NewScorecard scorecard) {
        requireManager();
        var draft = scorecard.draft() == null ? new ScorecardContent(80, List.of()) : scorecard.draft();
        if (!draft.sections().isEmpty()) {
            ScoreCalculator.validate(draft);
        }
        var exists = jdbc.sql("select count(*) from quality.scorecard where code = ?").param(scorecard.code())
                .query(Long.class).single();
        if (exists > 0) {
            throw ConflictException.duplicate("scorecard", "code", scorecard.code());
        }
        var now = Timestamp.from(time.now());
        long id = jdbc.sql("""
                        insert into quality.scorecard (code, name, description, draft, created_at, updated_at)
                        values (?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(scorecard.code(), scorecard.name(), scorecard.description(), json.writeValueAsString(draft),
                        now, now)
                .query(Long.class).single();
        var created = get(id);
        audit.record("scorecard", id, "create", "scorecard " + scorecard.code(), null, created);
        return created;
    }

    @Override
    public ScorecardView saveDraft(long id, DraftChange change) {
        requireManager();
        var before = get(id);
        ScoreCalculator.validate(change.draft());
        int updated = jdbc.sql("""
                        update quality.scorecard set name = ?, description = ?, draft = cast(? as jsonb),
                            updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(change.name(), change.description(), json.writeValueAsString(change.draft()),
                        Timestamp.from(time.now()), id, change.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("scorecard", before.code(), change.version(), before.version());
        }
        var after = get(id);
        audit.record("scorecard", id, "save-draft", "draft of " + before.code(), before.draft(), after.draft());
        return after;
    }

    @Override
    public Version publish(long id, long version) {
        requireManager();
        var card = jdbc.sql("select * from quality.scorecard where id = ? for update").param(id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("scorecard", id));
        if (card.version() != version) {
            throw ConflictException.staleVersion("scorecard", card.code(), version, card.version());
        }
        var content = card.draft();
        if (content.sections().isEmpty() || content.items().isEmpty()) {
            throw InvalidInputException.of("draft.sections", "NotEmpty", "a scorecard needs at least one item");
        }
        ScoreCalculator.validate(content);
        int number = card.versions().size() + 1;
        var actor = CurrentUser.actor();
        long versionId = jdbc.sql("""
                        insert into quality.scorecard_version (scorecard_id, number, content, published_at, published_by)
                        values (?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(id, number, json.writeValueAsString(content), Timestamp.from(time.now()),
                        actor.displayName())
                .query(Long.class).single();
        // publishing is a change of the scorecard: a second click on the same page is stale
        jdbc.sql("update quality.scorecard set version = version + 1 where id = ?").param(id).update();
        var published = version(versionId);
        audit.record("scorecard", id, "publish", "published " + card.code() + " v" + number, null, published);
        return published;
    }

    @Override
    @Transactional(readOnly = true)
    public Version version(long versionId) {
        return jdbc.sql("""
                        select v.*, s.name from quality.scorecard_version v
                        join quality.scorecard s on s.id = v.scorecard_id where v.id = ?""")
                .param(versionId)
                .query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getString("name"),
                        rs.getInt("number"), json.readValue(rs.getString("content"), ScorecardContent.class),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
                .optional().orElseThrow(() -> new NotFoundException("scorecard version", versionId));
    }

    /** The newest published version of a scorecard; 400 naming the field when there is none. */
    Version current(long scorecardId, String field) {
        return jdbc.sql("select id from quality.scorecard_version where scorecard_id = ? order by number desc limit 1")
                .param(scorecardId).query(Long.class).optional().map(this::version)
                .orElseThrow(() -> InvalidInputException.of(field, "Published",
                        "scorecard " + scorecardId + " has no published version"));
    }

    private static void requireManager() {
        var actor = CurrentUser.require();
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("scorecards are managed by supervisors and QA leads");
        }
    }

    private ScorecardView map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        var versions = jdbc.sql("""
                        select id, number, published_at, published_by from quality.scorecard_version
                        where scorecard_id = ? order by number""")
                .param(id)
                .query((v, n) -> new VersionInfo(v.getLong("id"), v.getInt("number"),
                        v.getTimestamp("published_at").toInstant(), v.getString("published_by")))
                .list();
        return new ScorecardView(id, rs.getString("code"), rs.getString("name"), rs.getString("description"),
                json.readValue(rs.getString("draft"), ScorecardContent.class), versions,
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
