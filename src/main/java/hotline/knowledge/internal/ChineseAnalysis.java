package hotline.knowledge.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How text becomes search terms: smartcn's word segmentation (HMM) for Chinese, lower case and Porter stems for
 * English, and a stop list of the particles callers wrap their questions in (我, 的, 了, 吗, 怎么 …). Queries add the
 * synonym groups on top, so a caller's 没电 also finds 停电.
 */
final class ChineseAnalysis {

    /** Function words that carry no topic; smartcn's own list (punctuation) is kept too. */
    private static final List<String> PARTICLES = List.of(
            "我", "我的", "我家", "我们", "你", "你们", "您", "他", "她", "它", "这", "那", "这个", "那个", "的", "了", "吗",
            "呢", "啊", "吧", "呀", "哦", "嗯", "么", "是", "在", "有", "就", "都", "也", "还", "又", "和", "跟", "与",
            "要", "想", "能", "可以", "会", "让", "给", "把", "被", "对", "请问", "请", "一下", "怎么", "怎么样", "怎样",
            "如何", "什么", "哪", "哪里", "哪儿", "为什么", "为啥", "咋", "咋办", "啥", "多少", "几", "个", "下", "上",
            "一", "到", "得", "着", "过", "去", "来", "说", "问", "知道", "告诉", "帮", "帮忙", "麻烦", "现在", "今天",
            "一直", "已经", "还是", "但是", "可是", "然后", "因为", "所以", "如果", "就是", "不是", "没有", "不", "很", "太",
            "好", "呗", "嘛", "喂", "您好", "你好", "谢谢", "the", "a", "an", "is", "are", "of", "to", "and", "or",
            "my", "i", "how", "what", "do", "does", "can");

    static final CharArraySet STOP_WORDS = stopWords();

    private ChineseAnalysis() {
    }

    private static CharArraySet stopWords() {
        var set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        set.addAll(PARTICLES);
        return CharArraySet.unmodifiableSet(set);
    }

    /** Documents and the base of queries: segmentation, lower case, stems, stop words. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new PorterStemFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * Single characters (Lucene's standard tokenizer splits Han text into characters): a weak second signal that
     * still matches when a caller's words are segmented differently from the article's (赔 in 理赔, 欠 in 欠费).
     */
    static Analyzer characters() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, STOP_WORDS);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Queries: the index chain plus the synonym groups (none when the map is null). */
    static Analyzer query(SynonymMap synonyms) {
        if (synonyms == null || synonyms.fst == null) {
            return index();
        }
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new PorterStemFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new SynonymGraphFilter(stream, synonyms, true);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * The synonym map of the groups, each term analyzed like a document so multi-word terms (没 电) match the words a
     * query is split into. Terms that cannot match a query (see {@link #searchable}) are left out.
     */
    static SynonymMap synonyms(List<List<String>> groups) {
        var text = groups.stream()
                .map(group -> group.stream().map(term -> term.replace(",", " ").replace("=>", " ").strip())
                        .filter(ChineseAnalysis::searchable).collect(Collectors.joining(",")))
                .filter(line -> line.contains(","))
                .collect(Collectors.joining("\n"));
        try (Analyzer analyzer = index()) {
            var parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("cannot build the synonym map", e);
        }
    }

    /**
     * A term can stand in a synonym group when it leaves at least one word after analysis and no stop word inside it
     * (没有电 would shrink to 电, which a query never produces in that position).
     */
    static boolean searchable(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        try (Analyzer analyzer = index(); TokenStream stream = analyzer.tokenStream("body", term)) {
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int tokens = 0;
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() != 1) {
                    return false;
                }
                tokens++;
            }
            stream.end();
            return tokens > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
