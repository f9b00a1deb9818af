package hotline.knowledge.internal;

import hotline.audit.AuditLog;
import hotline.knowledge.ArticleContent;
import hotline.knowledge.ArticleExpired;
import hotline.knowledge.ArticleKind;
import hotline.knowledge.ArticlePublished;
import hotline.knowledge.ArticleQuery;
import hotline.knowledge.ArticleRevision;
import hotline.knowledge.ArticleView;
import hotline.knowledge.Articles;
import hotline.knowledge.Attachment;
import hotline.knowledge.Decision;
import hotline.platform.ConflictException;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
@Validated
class ArticleManagement implements Articles {

    static final String EDITORS = "hasAnyRole('TEAM_LEAD','SUPERVISOR','QA','MANAGER','ADMIN')";
    static final String APPROVERS = "hasAnyRole('SUPERVISOR','MANAGER','QA')";
    static final long MAX_ATTACHMENT = 10L * 1024 * 1024;

    private final ArticleRepository articles;
    private final CategoryManagement categories;
    private final IndexUpdates index;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleManagement(ArticleRepository articles, CategoryManagement categories, IndexUpdates index, JdbcClient jdbc,
                      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(EDITORS)
    public ArticleView create(ArticleContent content) {
        check(content);
        var article = articles.save(Article.write(content, CurrentUser.actor(), clock.instant()));
        saveRevision(article, content.note());
        audit.record("article", article.id, "create", "wrote " + article.kind + " " + article.title, null,
                article.auditState());
        return view(article);
    }

    @Override
    @PreAuthorize(EDITORS)
    public ArticleView edit(long id, ArticleContent content) {
        if (content.version() == null) {
            throw InvalidInputException.of("version", "NotNull", "the version you edited is required");
        }
        check(content);
        var article = load(id, content.version());
        var before = article.auditState();
        article.edit(content, CurrentUser.actor(), clock.instant());
        article = articles.save(article);
        saveRevision(article, content.note());
        audit.record("article", id, "edit", "saved revision " + article.revision + " of " + article.title, before,
                article.auditState());
        return view(article);
    }

    @Override
    @PreAuthorize(EDITORS)
    public ArticleView submit(long id, Decision decision) {
        return step(id, decision, "submit", article -> article.submit(CurrentUser.actor(), clock.instant()));
    }

    @Override
    @PreAuthorize(APPROVERS)
    public ArticleView approve(long id, Decision decision) {
        var view = step(id, decision, "approve",
                article -> article.approve(CurrentUser.actor(), decision.note(), clock.instant()));
        events.publishEvent(new ArticlePublished(id, view.revision(), view.title(), view.categoryId()));
        index.changed(id);
        return view;
    }

    @Override
    @PreAuthorize(APPROVERS)
    public ArticleView reject(long id, Decision decision) {
        if (decision.note() == null || decision.note().isBlank()) {
            throw InvalidInputException.of("note", "NotBlank", "say why the article goes back to its author");
        }
        return step(id, decision, "reject",
                article -> article.reject(CurrentUser.actor(), decision.note(), clock.instant()));
    }

    @Override
    @PreAuthorize(APPROVERS)
    public ArticleView expire(long id, Decision decision) {
        var view = step(id, decision, "expire", article -> article.expire(CurrentUser.actor(), clock.instant()));
        events.publishEvent(new ArticleExpired(id, view.title()));
        index.changed(id);
        return view;
    }

    private ArticleView step(long id, Decision decision, String action, java.util.function.Consumer<Article> change) {
        var article = load(id, decision.version());
        var before = article.auditState();
        change.accept(article);
        article = articles.save(article);
        audit.record("article", id, action, action + " " + article.title
                + (decision.note() == null || decision.note().isBlank() ? "" : ": " + decision.note()), before,
                article.auditState());
        return view(article);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public ArticleView get(long id) {
        return view(articles.findById(id).orElseThrow(() -> new NotFoundException("article", id)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public Optional<ArticleView> find(long id) {
        return articles.findById(id).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public List<ArticleView> list(ArticleQuery query) {
        var sql = new StringBuilder("select id from knowledge.article where true");
        var params = new ArrayList<Object>();
        if (query.status() != null) {
            sql.append(" and status = ?");
            params.add(query.status().name());
        }
        if (query.categoryId() != null) {
            sql.append(" and category_id = ?");
            params.add(query.categoryId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" and (title ilike ? or keywords ilike ?)");
            String like = "%" + query.text().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        sql.append(" order by updated_at desc limit ").append(query.limit());
        var ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        var byId = new java.util.HashMap<Long, Article>();
        articles.findAllById(ids).forEach(a -> byId.put(a.id, a));
        var paths = categories.paths();
        return ids.stream().map(byId::get).map(a -> view(a, paths)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public List<ArticleRevision> revisions(long id) {
        get(id);
        return jdbc.sql("select * from knowledge.article_revision where article_id = ? order by revision desc")
                .param(id).query(ArticleManagement::revision).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public ArticleRevision revision(long id, int revision) {
        return findRevision(id, revision).orElseThrow(() -> new NotFoundException("article revision", id + "/" + revision));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ArticleRevision published(long id) {
        Integer revision = jdbc.sql("select published_revision from knowledge.article where id = ?").param(id)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional().orElse(null);
        if (revision == null) {
            throw new NotFoundException("published article", id);
        }
        return findRevision(id, revision).orElseThrow(() -> new NotFoundException("published article", id));
    }

    private Optional<ArticleRevision> findRevision(long id, int revision) {
        return jdbc.sql("select * from knowledge.article_revision where article_id = ? and revision = ?")
                .params(id, revision).query(ArticleManagement::revision).optional();
    }

    @Override
    @PreAuthorize(EDITORS)
    public Attachment attach(long id, String fileName, String contentType, byte[] content) {
        var article = get(id);
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw InvalidInputException.of("file", "Name", "a file name of 1 to 200 characters is required");
        }
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT) {
            throw InvalidInputException.of("file", "Size", "a file of 1 byte to 10 MB is required");
        }
        String name = fileName.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        var actor = CurrentUser.actor();
        long attachmentId = jdbc.sql("""
                        insert into knowledge.attachment
                            (article_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id, name, type, content.length, content, clock.instant().atOffset(ZoneOffset.UTC),
                        actor.username())
                .query(Long.class).single();
        audit.record("article", id, "attach", "attached " + name + " to " + article.title(), null,
                java.util.Map.of("attachment", attachmentId, "file", name, "bytes", content.length));
        return attachments(id).stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attachment> attachments(long id) {
        return jdbc.sql("""
                        select id, article_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by
                        from knowledge.attachment where article_id = ? order by id""")
                .param(id).query(ArticleManagement::attachment).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AttachmentContent attachment(long articleId, long attachmentId) {
        var meta = attachments(articleId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        byte[] bytes = jdbc.sql("select content from knowledge.attachment where id = ?").param(attachmentId)
                .query(byte[].class).single();
        return new AttachmentContent(meta, bytes);
    }

    @Override
    @PreAuthorize(EDITORS)
    public void deleteAttachment(long articleId, long attachmentId) {
        var meta = attachments(articleId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        jdbc.sql("delete from knowledge.attachment where id = ?").param(attachmentId).update();
        audit.record("article", articleId, "detach", "removed attachment " + meta.fileName(), meta, null);
    }

    private Article load(long id, Long version) {
        var article = articles.findById(id).orElseThrow(() -> new NotFoundException("article", id));
        if (version == null) {
            throw InvalidInputException.of("version", "NotNull", "the version you read is required");
        }
        if (article.version() != version) {
            throw ConflictException.staleVersion("article", id, version, article.version());
        }
        return article;
    }

    private void check(ArticleContent content) {
        var violations = new ArrayList<InvalidInputException.Violation>();
        if (content.categoryId() != null && categories.find(content.categoryId()).isEmpty()) {
            violations.add(new InvalidInputException.Violation("categoryId", "Exists",
                    "no such category: " + content.categoryId()));
        }
        if (content.validFrom() != null && content.validUntil() != null
                && content.validUntil().isBefore(content.validFrom())) {
            violations.add(new InvalidInputException.Violation("validUntil", "AfterValidFrom",
                    "must not be before the start of validity"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void saveRevision(Article article, String note) {
        jdbc.sql("""
                        insert into knowledge.article_revision (article_id, revision, kind, category_id, title, body,
                            keywords, valid_from, valid_until, saved_at, saved_by, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(article.id, article.revision, article.kind.name(), article.categoryId, article.title,
                        article.body, article.keywords, article.validFrom, article.validUntil,
                        article.updatedAt.atOffset(ZoneOffset.UTC), article.updatedBy,
                        note == null || note.isBlank() ? null : note.strip())
                .update();
    }

    private ArticleView view(Article a) {
        return view(a, categories.paths());
    }

    private static ArticleView view(Article a, java.util.Map<Long, String> paths) {
        return new ArticleView(a.id, a.kind, a.categoryId, paths.getOrDefault(a.categoryId, "?"), a.title, a.body,
                a.keywords, a.status, a.validFrom, a.validUntil, a.revision, a.publishedRevision, a.createdAt,
                a.createdBy, a.updatedAt, a.updatedBy, a.submittedBy, a.reviewedBy, a.reviewedAt, a.reviewNote,
                a.publishedAt, a.version());
    }

    private static ArticleRevision revision(ResultSet rs, int n) throws SQLException {
        var from = rs.getDate("valid_from");
        var until = rs.getDate("valid_until");
        return new ArticleRevision(rs.getLong("article_id"), rs.getInt("revision"),
                ArticleKind.valueOf(rs.getString("kind")), rs.getLong("category_id"), rs.getString("title"),
                rs.getString("body"), rs.getString("keywords"), from == null ? null : from.toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getTimestamp("saved_at").toInstant(),
                rs.getString("saved_by"), rs.getString("note"));
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
