package hotline.knowledge;

import hotline.platform.security.SystemActor;

import java.time.LocalDate;
import java.util.UUID;

/** Categories and published articles for tests, written through the facades as the system. */
public final class KnowledgeFixtures {

    private KnowledgeFixtures() {
    }

    /** A prefix and eight random letters: one word for the analyzers (digits would be split off as words of their own). */
    public static String unique(String prefix) {
        var letters = new StringBuilder(prefix);
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> letters.append((char) ('a' + c % 26)));
        return letters.toString();
    }

    public static CategoryView category(Categories categories, Long parent) {
        return SystemActor.call(() -> categories.create(parent, unique("分类"), 0));
    }

    public static ArticleView published(Articles articles, long categoryId, String title, String body,
                                        LocalDate validFrom, LocalDate validUntil) {
        return SystemActor.call(() -> {
            var draft = articles.create(new ArticleContent(ArticleKind.ARTICLE, categoryId, title, body, "", validFrom,
                    validUntil, null, null));
            var submitted = articles.submit(draft.id(), new Decision(draft.version(), null));
            return articles.approve(submitted.id(), new Decision(submitted.version(), null));
        });
    }
}
