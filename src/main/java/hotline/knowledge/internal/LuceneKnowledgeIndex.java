package hotline.knowledge.internal;

import hotline.knowledge.ArticleKind;
import hotline.knowledge.SearchHit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The knowledge index in Lucene, in memory (rebuilt from PostgreSQL at start, so nothing on disk can go stale).
 * Ranking is BM25 over title, keywords and body with the title weighted most; a query is an OR of its words, so a
 * caller's long, loose sentence still finds the article that shares its key words.
 */
public class LuceneKnowledgeIndex implements KnowledgeIndex, Closeable {

    /** Word fields weighted by where a word stands; {@code chars} holds all three as single characters. */
    private static final Map<String, Float> FIELDS = Map.of("title", 3.0f, "keywords", 2.0f, "body", 1.0f,
            "chars", 1.0f);
    private static final int SNIPPET = 90;
    /** The body keeps its words' offsets in the postings, for snippets without analysing it again. */
    private static final FieldType BODY = bodyType();

    private final Directory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = perField(ChineseAnalysis.index());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Analyzer queryAnalyzer = analyzer;

    public LuceneKnowledgeIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void rebuild(Iterable<IndexedArticle> articles) {
        try {
            writer.deleteAll();
            for (IndexedArticle article : articles) {
                writer.addDocument(document(article));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void put(IndexedArticle article) {
        try {
            writer.updateDocument(new Term("id", String.valueOf(article.id())), document(article));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term("id", String.valueOf(articleId)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void useSynonyms(List<List<String>> groups) {
        queryAnalyzer = perField(ChineseAnalysis.query(groups.isEmpty() ? null : ChineseAnalysis.synonyms(groups)));
    }

    @Override
    public List<SearchHit> search(String text, Long categoryId, LocalDate validOn, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var builder = new QueryBuilder(queryAnalyzer);
        var words = new BooleanQuery.Builder();
        Query bodyQuery = null;
        for (var field : FIELDS.entrySet()) {
            Query query = builder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
            if (query != null) {
                addFlat(words, query, field.getValue());
                if (field.getKey().equals("body")) {
                    bodyQuery = query;
                }
            }
        }
        return run(words.build(), bodyQuery, categoryId, validOn, limit);
    }

    @Override
    public List<SearchHit> similar(String text, LocalDate validOn, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            var mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(queryAnalyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(1);
            mlt.setMaxQueryTerms(20);
            mlt.setBoost(true);
            var like = new BooleanQuery.Builder();
            Query bodyQuery = null;
            for (var field : FIELDS.entrySet()) {
                mlt.setFieldNames(new String[]{field.getKey()});
                Query query = mlt.like(field.getKey(), new StringReader(text));
                addFlat(like, query, field.getValue());
                if (field.getKey().equals("body")) {
                    bodyQuery = query;
                }
            }
            return run(like.build(), bodyQuery, null, validOn, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Adds a field's words to the query's one disjunction clause by clause. The score is the same sum, but one flat
     * disjunction lets Lucene's WAND skip every document whose best possible score cannot reach the top ten using each
     * word's own bound; a disjunction of per-field disjunctions only knows loose bounds per field and scores far more
     * documents (half the CPU per search with 100,000 articles, see docs/performance.md).
     */
    private static void addFlat(BooleanQuery.Builder disjunction, Query query, float boost) {
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.SHOULD)) {
            bool.clauses().forEach(clause -> disjunction.add(new BoostQuery(clause.getQuery(), boost), Occur.SHOULD));
        } else {
            disjunction.add(new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    private List<SearchHit> run(Query words, Query bodyQuery, Long categoryId, LocalDate validOn, int limit) {
        long day = validOn.toEpochDay();
        var query = new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(LongPoint.newRangeQuery("validFrom", Long.MIN_VALUE, day), Occur.FILTER)
                .add(LongPoint.newRangeQuery("validUntil", day, Long.MAX_VALUE), Occur.FILTER);
        if (categoryId != null) {
            query.add(new TermQuery(new Term("category", String.valueOf(categoryId))), Occur.FILTER);
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(query.build(), limit);
            String[] snippets = snippets(searcher, bodyQuery, top);
            var stored = searcher.storedFields();
            var hits = new ArrayList<SearchHit>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document doc = stored.document(hit.doc);
                String snippet = snippets == null || snippets[i] == null ? beginning(doc.get("body")) : snippets[i];
                hits.add(new SearchHit(Long.parseLong(doc.get("id")), doc.get("title"), snippet, hit.score,
                        doc.getField("categoryId").numericValue().longValue(), ArticleKind.valueOf(doc.get("kind"))));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The best two passages of each hit's body with the query's words marked. The offsets come from the postings
     * (the body is indexed with them), so nothing is segmented again: re-analysing ten bodies with smartcn was a
     * quarter of a search's time.
     */
    private String[] snippets(IndexSearcher searcher, Query bodyQuery, TopDocs top) throws IOException {
        if (bodyQuery == null || top.scoreDocs.length == 0) {
            return null;
        }
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET / 2, 0.5f))
                .withHighlightPhrasesStrictly(false)
                .build();
        return highlighter.highlight("body", bodyQuery, top, 2);
    }

    private static String beginning(String body) {
        String start = body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body;
        return new SimpleHTMLEncoder().encodeText(start);
    }

    @Override
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private static FieldType bodyType() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Analyzer perField(Analyzer words) {
        return new PerFieldAnalyzerWrapper(words, Map.of("chars", ChineseAnalysis.characters()));
    }

    private static Document document(IndexedArticle article) {
        var doc = new Document();
        doc.add(new StringField("id", String.valueOf(article.id()), Field.Store.YES));
        doc.add(new StoredField("kind", article.kind()));
        doc.add(new StoredField("categoryId", article.categoryId()));
        for (Long category : article.categoryPath()) {
            doc.add(new StringField("category", String.valueOf(category), Field.Store.NO));
        }
        doc.add(new TextField("title", article.title(), Field.Store.YES));
        doc.add(new Field("body", article.body(), BODY));
        String keywords = article.keywords() == null ? "" : article.keywords();
        doc.add(new TextField("keywords", keywords, Field.Store.NO));
        doc.add(new TextField("chars", article.title() + "\n" + keywords + "\n" + article.body(), Field.Store.NO));
        doc.add(new LongPoint("validFrom", article.validFrom() == null ? Long.MIN_VALUE : article.validFrom().toEpochDay()));
        doc.add(new LongPoint("validUntil", article.validUntil() == null ? Long.MAX_VALUE : article.validUntil().toEpochDay()));
        return doc;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
