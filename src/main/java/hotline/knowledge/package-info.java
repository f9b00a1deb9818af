/**
 * The knowledge base agents answer from: articles and FAQ pairs in a category tree, with revisions, an approval
 * workflow (draft → review → published → expired), validity dates, attachments and an audit trail; scripts (话术)
 * whose variables are filled from the current contact; Chinese full-text search with synonyms, highlights and
 * suggestions (more-like-this). Publishes {@link hotline.knowledge.ArticlePublished} and
 * {@link hotline.knowledge.ArticleExpired}. Depends on no business module; see {@code docs/knowledge.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package hotline.knowledge;
