package hotline.knowledge;

import java.util.List;

/**
 * Search of the published knowledge base, open to every signed-in person: word-segmented Chinese and English,
 * synonyms applied to the query, highlights, category and validity filters. Suggestions find the articles most like
 * a free text, e.g. the description an agent is typing into a work order.
 */
public interface KnowledgeSearch {

    List<SearchHit> search(SearchQuery query);

    List<SearchHit> suggestions(String text, int limit);
}
