package hotline.knowledge.internal;

import hotline.knowledge.SearchHit;

import java.time.LocalDate;
import java.util.List;

/**
 * The search index of the published knowledge base. PostgreSQL is the record; the index is derived from it, rebuilt at
 * start and kept current after each commit. An interface so a cluster can put OpenSearch behind it (ADR 0051).
 */
public interface KnowledgeIndex {

    /** The published revision of an article, with its category and the category's ancestors (for subtree filters). */
    record IndexedArticle(long id, String kind, long categoryId, List<Long> categoryPath, String title, String body,
                          String keywords, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Replaces the whole index with these articles. */
    void rebuild(Iterable<IndexedArticle> articles);

    void put(IndexedArticle article);

    void remove(long articleId);

    /** Ranked hits for a query as an agent types it; synonyms apply. */
    List<SearchHit> search(String text, Long categoryId, LocalDate validOn, int limit);

    /** The articles most like a longer free text (more-like-this), valid on the day. */
    List<SearchHit> similar(String text, LocalDate validOn, int limit);

    /** Groups of interchangeable words, applied from the next query on. */
    void useSynonyms(List<List<String>> groups);

    int size();
}
