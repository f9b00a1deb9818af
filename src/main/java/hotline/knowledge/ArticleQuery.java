package hotline.knowledge;

/** Filters of the editors' article list; any may be null. */
public record ArticleQuery(String text, Long categoryId, ArticleStatus status, int limit) {

    public ArticleQuery {
        limit = limit <= 0 || limit > 500 ? 200 : limit;
    }

    public static ArticleQuery inReview() {
        return new ArticleQuery(null, null, ArticleStatus.REVIEW, 200);
    }
}
