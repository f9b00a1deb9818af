package hotline.knowledge.internal;

import hotline.knowledge.ArticleContent;
import hotline.knowledge.ArticleKind;
import hotline.knowledge.ArticleStatus;
import hotline.knowledge.ArticleStatus.Action;
import hotline.platform.ConflictException;
import hotline.platform.security.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article or FAQ pair: the aggregate root of the knowledge base. It holds its latest revision's content and status;
 * every saved revision is also kept in {@code article_revision}. Only {@link ArticleStatus}'s table decides which
 * action is allowed.
 */
@Table(schema = "knowledge", name = "article")
class Article {

    @Id
    Long id;
    ArticleKind kind;
    Long categoryId;
    String title;
    String body;
    String keywords;
    ArticleStatus status;
    LocalDate validFrom;
    LocalDate validUntil;
    int revision;
    Integer publishedRevision;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;
    Long submittedById;
    String submittedBy;
    String reviewedBy;
    Instant reviewedAt;
    String reviewNote;
    Instant publishedAt;
    @Version
    Long version;

    static Article write(ArticleContent content, Actor actor, Instant now) {
        var article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.revision = 1;
        article.createdAt = now;
        article.createdBy = actor.username();
        article.fill(content, actor, now);
        return article;
    }

    void edit(ArticleContent content, Actor actor, Instant now) {
        move(Action.EDIT);
        revision++;
        reviewNote = null;
        fill(content, actor, now);
    }

    void submit(Actor actor, Instant now) {
        move(Action.SUBMIT);
        submittedById = actor.id();
        submittedBy = actor.username();
        touch(actor, now);
    }

    /** Four eyes: a person does not approve what they submitted themselves (the system seeding the demo may). */
    void approve(Actor actor, String note, Instant now) {
        if (!actor.isSystem() && submittedById != null && submittedById == actor.id()) {
            throw new ConflictException("four-eyes", "cannot approve: article " + id + " was submitted by "
                    + submittedBy + ", who may not approve it too",
                    java.util.Map.of("resource", "article", "id", id, "submittedBy", submittedBy));
        }
        move(Action.APPROVE);
        publishedRevision = revision;
        publishedAt = now;
        decided(actor, note, now);
    }

    void reject(Actor actor, String note, Instant now) {
        move(Action.REJECT);
        decided(actor, note, now);
    }

    void expire(Actor actor, Instant now) {
        move(Action.EXPIRE);
        publishedRevision = null;
        touch(actor, now);
    }

    private void decided(Actor actor, String note, Instant now) {
        reviewedBy = actor.username();
        reviewedAt = now;
        reviewNote = note == null || note.isBlank() ? null : note.strip();
        touch(actor, now);
    }

    private void move(Action action) {
        status = status.after(action)
                .orElseThrow(() -> ConflictException.illegalTransition("article", id, status, action.verb()));
    }

    private void fill(ArticleContent content, Actor actor, Instant now) {
        kind = content.kind();
        categoryId = content.categoryId();
        title = content.title().strip();
        body = content.body().strip();
        keywords = content.keywords() == null ? "" : content.keywords().strip();
        validFrom = content.validFrom();
        validUntil = content.validUntil();
        touch(actor, now);
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.username();
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** What the audit trail keeps of an article. */
    AuditState auditState() {
        return new AuditState(kind, categoryId, title, status, revision, publishedRevision, validFrom, validUntil);
    }

    record AuditState(ArticleKind kind, Long categoryId, String title, ArticleStatus status, int revision,
                      Integer publishedRevision, LocalDate validFrom, LocalDate validUntil) {
    }
}
