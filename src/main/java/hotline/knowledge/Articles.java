package hotline.knowledge;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge-base facade for editors and approvers. Editors (team leads, supervisors, QA, managers, administrators)
 * write and submit; approvers (supervisors, managers, QA) approve, reject and expire, never their own submission.
 * Every change is audited and checked against the version the person read (409 when stale); an action the status
 * does not allow answers 409 naming the status.
 */
public interface Articles {

    ArticleView create(@Valid ArticleContent content);

    /** Saves a new revision; editing a published or expired article starts a new draft. */
    ArticleView edit(long id, @Valid ArticleContent content);

    ArticleView submit(long id, @Valid Decision decision);

    ArticleView approve(long id, @Valid Decision decision);

    ArticleView reject(long id, @Valid Decision decision);

    ArticleView expire(long id, @Valid Decision decision);

    ArticleView get(long id);

    Optional<ArticleView> find(long id);

    List<ArticleView> list(ArticleQuery query);

    List<ArticleRevision> revisions(long id);

    ArticleRevision revision(long id, int revision);

    /** The revision agents read: the published one, or 404 when the article is not published. */
    ArticleRevision published(long id);

    Attachment attach(long id, String fileName, String contentType, byte[] content);

    List<Attachment> attachments(long id);

    /** The attachment with its bytes. */
    AttachmentContent attachment(long articleId, long attachmentId);

    void deleteAttachment(long articleId, long attachmentId);

    record AttachmentContent(Attachment attachment, byte[] content) {
    }
}
