package hotline.knowledge;

/** An article was withdrawn: agents no longer find it. */
public record ArticleExpired(long articleId, String title) {
}
