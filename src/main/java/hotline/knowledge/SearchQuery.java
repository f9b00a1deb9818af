package hotline.knowledge;

import java.time.LocalDate;

/**
 * A search of the published knowledge base. {@code categoryId} narrows to a category and everything below it;
 * {@code validOn} keeps articles valid on that day (today when null).
 */
public record SearchQuery(String text, Long categoryId, LocalDate validOn, int limit) {

    public static final int MAX_LIMIT = 50;

    public SearchQuery {
        limit = limit <= 0 ? 10 : Math.min(limit, MAX_LIMIT);
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, limit);
    }
}
