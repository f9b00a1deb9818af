package hotline.knowledge;

/** A revision of an article was approved and is now what agents read and find. */
public record ArticlePublished(long articleId, int revision, String title, long categoryId) {
}
