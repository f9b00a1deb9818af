package hotline.knowledge.internal;

import hotline.HotlineWebTest;
import hotline.knowledge.Categories;
import hotline.knowledge.KnowledgeSearch;
import hotline.knowledge.SearchHit;
import hotline.knowledge.SearchQuery;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well search answers callers: each labelled question of {@code knowledge/questions.tsv} (phrased as callers
 * speak, never a title) is searched in the demo knowledge base, and the rank of its correct article is measured.
 * Prints recall@1, recall@5 and MRR, lists the misses, and holds recall@5 at 0.9 or better.
 */
@HotlineWebTest
class SearchRelevanceTests {

    record Question(String text, String articleKey) {
    }

    @Autowired
    KnowledgeDemoSeeder seeder;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    Categories categories;
    @Autowired
    JsonMapper json;

    @Test
    void findsTheRightArticleForCallersQuestions() throws IOException {
        var content = KnowledgeDemoSeeder.content(json);
        SystemActor.run(() -> {
            if (categories.tree().stream().noneMatch(c -> c.name().equals(content.categories().get(0).name()))) {
                seeder.seed();
            }
        });
        Map<String, String> titles = content.articles().stream()
                .collect(Collectors.toMap(KnowledgeDemoSeeder.DemoArticle::key, KnowledgeDemoSeeder.DemoArticle::title));
        var questions = questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(content.articles()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(questions).allSatisfy(q -> {
            assertThat(titles).containsKey(q.articleKey());
            assertThat(titles.values()).as("questions are not titles").doesNotContain(q.text());
        });

        int top1 = 0;
        int top5 = 0;
        double reciprocalRanks = 0;
        var misses = new ArrayList<String>();
        for (Question question : questions) {
            List<SearchHit> hits = SystemActor.call(() -> search.search(SearchQuery.of(question.text(), 10)));
            String expected = titles.get(question.articleKey());
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).title().equals(expected)) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank == 1) {
                top1++;
            }
            if (rank >= 1 && rank <= 5) {
                top5++;
            } else {
                misses.add(question.text() + " → " + expected + " (rank " + (rank == 0 ? ">10" : rank) + "; got "
                        + hits.stream().limit(3).map(SearchHit::title).toList() + ")");
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        double recall1 = (double) top1 / questions.size();
        double recall5 = (double) top5 / questions.size();
        double mrr = reciprocalRanks / questions.size();
        System.out.printf("Knowledge search relevance: %d questions, %d articles: recall@1 %.3f, recall@5 %.3f, MRR@10 %.3f%n",
                questions.size(), content.articles().size(), recall1, recall5, mrr);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(recall5).as("recall@5").isGreaterThanOrEqualTo(0.9);
    }

    static List<Question> questions() throws IOException {
        String text = new ClassPathResource("knowledge/questions.tsv").getContentAsString(StandardCharsets.UTF_8);
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(parts -> new Question(parts[0].strip(), parts[1].strip()))
                .toList();
    }
}
