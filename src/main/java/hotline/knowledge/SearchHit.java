package hotline.knowledge;

/**
 * One ranked answer of a search: the published article, a snippet of its text with the matched words in
 * {@code <mark>} (the rest HTML-escaped), and Lucene's relevance score.
 */
public record SearchHit(long id, String title, String snippet, float score, long categoryId, ArticleKind kind) {
}
