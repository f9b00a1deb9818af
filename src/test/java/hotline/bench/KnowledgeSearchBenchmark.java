package hotline.bench;

import hotline.knowledge.internal.KnowledgeIndex.IndexedArticle;
import hotline.knowledge.internal.LuceneKnowledgeIndex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search latency with 100,000 articles (a program, not a test: run it on demand, see docs/performance.md).
 *
 * <p>The synthetic articles are made from the demo knowledge base: each takes a demo title with a district and a
 * number, two to four sentences drawn from different demo articles, and the keywords of one of them, so the vocabulary
 * and the length are those of real articles. The queries are the labelled caller questions. Each query runs the whole
 * search path agents use (analysis with synonyms, BM25 over four fields, validity filter, top 10, highlighted
 * snippets); suggestions (more-like-this over a work-order-like description) are timed too.
 *
 * <p>Arguments: {@code [articles=100000] [queries=5000]}.
 */
public final class KnowledgeSearchBenchmark {

    private static final String[] DISTRICTS = {"东城区", "西城区", "南湖区", "北岸区", "高新区", "开发区", "城关镇", "临江县"};

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        var json = JsonMapper.builder().build();
        JsonNode content = json.readTree(resource("knowledge/demo-articles.json"));
        var demo = new ArrayList<JsonNode>();
        content.get("articles").forEach(demo::add);
        var sentences = new ArrayList<String>();
        for (JsonNode article : demo) {
            sentences.addAll(Arrays.asList(article.get("body").asString().split("(?<=[。！？])")));
        }

        var random = new Random(42);
        var articles = new ArrayList<IndexedArticle>(size);
        for (int i = 0; i < size; i++) {
            JsonNode base = demo.get(random.nextInt(demo.size()));
            var body = new StringBuilder(base.get("body").asString().split("(?<=[。！？])")[0]);
            int extra = 1 + random.nextInt(3);
            for (int s = 0; s < extra; s++) {
                body.append(sentences.get(random.nextInt(sentences.size())));
            }
            long category = 1 + random.nextInt(60);
            articles.add(new IndexedArticle(i + 1, i % 3 == 0 ? "FAQ" : "ARTICLE", category, List.of(category, 1000 + category / 10),
                    DISTRICTS[random.nextInt(DISTRICTS.length)] + base.get("title").asString() + "（" + (i % 97) + "）",
                    body.toString(), base.get("keywords").asString(), null, i % 10 == 0 ? LocalDate.of(2099, 1, 1) : null));
        }

        var questions = new ArrayList<String>();
        for (String line : resource("knowledge/questions.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                questions.add(line.split("\t")[0]);
            }
        }
        var synonyms = new ArrayList<List<String>>();
        Matcher m = Pattern.compile("\\('([^']+)', now\\(\\)").matcher(resource("db/migration/knowledge/V2__default_synonyms.sql"));
        while (m.find()) {
            synonyms.add(Arrays.asList(m.group(1).split(",")));
        }

        try (var index = new LuceneKnowledgeIndex()) {
            long start = System.nanoTime();
            index.rebuild(articles);
            index.useSynonyms(synonyms);
            System.out.printf("indexed %,d articles in %.1f s (%d synonym groups)%n", index.size(),
                    (System.nanoTime() - start) / 1e9, synonyms.size());
            var day = LocalDate.of(2026, 6, 1);
            for (int i = 0; i < 2_000; i++) {
                index.search(questions.get(i % questions.size()), null, day, 10);
            }
            report("search (top 10 with highlights)", time(queries, i -> index.search(questions.get(i % questions.size()), null, day, 10)));
            report("search in one category subtree", time(queries, i -> index.search(questions.get(i % questions.size()), 1000L + i % 6, day, 10)));
            for (int i = 0; i < 300; i++) {
                index.similar(description(questions, i), day, 5);
            }
            report("suggestions (more-like-this)", time(Math.max(500, queries / 5), i -> index.similar(description(questions, i), day, 5)));
        }
    }

    private static String description(List<String> questions, int i) {
        return "客户来电反映：" + questions.get(i % questions.size()) + "，" + questions.get((i * 7 + 3) % questions.size())
                + "，要求尽快处理并回复。";
    }

    private interface Query {
        Object run(int i);
    }

    /** Wall-clock and CPU time of each run; CPU time hardly depends on what else the machine is doing. */
    private record Times(long[] wall, long[] cpu) {
    }

    private static Times time(int count, Query query) {
        var threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[count];
        long[] cpu = new long[count];
        for (int i = 0; i < count; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.run(i);
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Times(wall, cpu);
    }

    private static void report(String what, Times times) {
        long[] wall = times.wall();
        long[] cpu = times.cpu();
        System.out.printf("%-34s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms   (CPU p50 %.2f ms  p95 %.2f ms)%n",
                what, wall.length, at(wall, 0.50), at(wall, 0.95), at(wall, 0.99), wall[wall.length - 1] / 1e6,
                at(cpu, 0.50), at(cpu, 0.95));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = KnowledgeSearchBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
