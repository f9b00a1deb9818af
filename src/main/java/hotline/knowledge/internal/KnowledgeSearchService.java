package hotline.knowledge.internal;

import hotline.knowledge.KnowledgeSearch;
import hotline.knowledge.SearchHit;
import hotline.knowledge.SearchQuery;
import hotline.platform.time.CenterTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** Searches go to the index only, never to PostgreSQL: they must stay fast while a thousand agents type. */
@Service
class KnowledgeSearchService implements KnowledgeSearch {

    private final KnowledgeIndex index;
    private final CenterTime time;

    KnowledgeSearchService(KnowledgeIndex index, CenterTime time) {
        this.index = index;
        this.time = time;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(SearchQuery query) {
        return index.search(query.text(), query.categoryId(), query.validOn() == null ? time.today() : query.validOn(),
                query.limit());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> suggestions(String text, int limit) {
        return index.similar(text, time.today(), limit <= 0 ? 5 : Math.min(limit, SearchQuery.MAX_LIMIT));
    }
}
