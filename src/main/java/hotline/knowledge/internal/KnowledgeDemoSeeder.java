package hotline.knowledge.internal;

import hotline.knowledge.ArticleContent;
import hotline.knowledge.ArticleKind;
import hotline.knowledge.Articles;
import hotline.knowledge.Categories;
import hotline.knowledge.CategoryView;
import hotline.knowledge.Decision;
import hotline.knowledge.Scripts;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.SystemActor;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo center's knowledge base: a utility hotline's categories, 300-odd published articles and FAQ pairs, and the
 * everyday scripts, read from {@code knowledge/demo-articles.json} and written through the facades like an editor
 * and an approver would.
 */
@Component
class KnowledgeDemoSeeder implements DemoSeeder, Ordered {

    static final String RESOURCE = "knowledge/demo-articles.json";

    record DemoCategory(String name, List<String> children) {
    }

    record DemoArticle(String key, String category, ArticleKind kind, String title, String body, String keywords) {
    }

    record DemoScript(String name, String category, String body) {
    }

    record DemoContent(List<DemoCategory> categories, List<DemoArticle> articles, List<DemoScript> scripts) {
    }

    private final Categories categories;
    private final Articles articles;
    private final Scripts scripts;
    private final JsonMapper json;

    KnowledgeDemoSeeder(Categories categories, Articles articles, Scripts scripts, JsonMapper json) {
        this.categories = categories;
        this.articles = articles;
        this.scripts = scripts;
        this.json = json;
    }

    @Override
    public String name() {
        return "knowledge.articles";
    }

    @Override
    public int getOrder() {
        return 400;
    }

    static DemoContent content(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void seed() {
        var content = content(json);
        SystemActor.run(() -> {
            Map<String, Long> paths = new HashMap<>();
            int position = 0;
            for (DemoCategory top : content.categories()) {
                CategoryView root = categories.create(null, top.name(), position++);
                paths.put(top.name(), root.id());
                int childPosition = 0;
                for (String child : top.children()) {
                    paths.put(top.name() + "/" + child, categories.create(root.id(), child, childPosition++).id());
                }
            }
            for (DemoArticle article : content.articles()) {
                var draft = articles.create(new ArticleContent(article.kind(), paths.get(article.category()),
                        article.title(), article.body(), article.keywords(), null, null, "demo", null));
                var submitted = articles.submit(draft.id(), new Decision(draft.version(), null));
                articles.approve(submitted.id(), new Decision(submitted.version(), "demo"));
            }
            for (DemoScript script : content.scripts()) {
                scripts.create(new Scripts.ScriptDraft(script.name(),
                        script.category() == null ? null : paths.get(script.category()), script.body(), null));
            }
        });
    }
}
