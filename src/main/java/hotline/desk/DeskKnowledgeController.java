package hotline.desk;

import hotline.knowledge.CategoryView;
import hotline.knowledge.KnowledgeSearch;
import hotline.knowledge.RenderedScript;
import hotline.knowledge.ScriptView;
import hotline.knowledge.Scripts;
import hotline.knowledge.SearchQuery;
import hotline.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The knowledge base and the scripts (话术) on the agent desktop: a compact search whose hits open the article in a new
 * tab, and the approved scripts rendered with the current contact's values ({@link ScriptVariables}) through the
 * knowledge module's facade. Fragments only; the desk loads the panels with htmx.
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class DeskKnowledgeController {

    static final int HITS = 5;
    /** A variable left in the rendered text as written, e.g. {@code {{workorder.number}}}. */
    private static final Pattern LEFT = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

    private final KnowledgeSearch search;
    private final Scripts scripts;
    private final hotline.knowledge.Categories categories;
    private final ScriptVariables variables;

    DeskKnowledgeController(KnowledgeSearch search, Scripts scripts, hotline.knowledge.Categories categories,
                            ScriptVariables variables) {
        this.search = search;
        this.scripts = scripts;
        this.categories = categories;
        this.variables = variables;
    }

    /** The two panels: the search box and the scripts, grouped by category (general ones first). */
    @GetMapping("/desk/assist")
    String panels(Model model) {
        var paths = new LinkedHashMap<Long, String>();
        categories.tree().forEach((CategoryView c) -> paths.put(c.id(), c.path()));
        var groups = new LinkedHashMap<String, List<ScriptView>>();
        groups.put("", new ArrayList<>());
        paths.values().forEach(p -> groups.put(p, new ArrayList<>()));
        for (var script : scripts.list()) {
            String path = script.categoryId() == null ? "" : paths.getOrDefault(script.categoryId(), "");
            groups.get(path).add(script);
        }
        groups.values().removeIf(List::isEmpty);
        model.addAttribute("scriptGroups", groups);
        return "desk/assist :: panels";
    }

    /** The top published articles for what the agent types; each opens in a new tab, the call stays on the desk. */
    @GetMapping("/desk/knowledge")
    String knowledge(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("hits", text.isEmpty() || text.length() > 500 ? List.of()
                : search.search(SearchQuery.of(text, HITS)));
        return "desk/assist :: hits";
    }

    /** The chosen script with the variables of the agent's current contact filled in; missing ones are marked. */
    @GetMapping("/desk/scripts")
    String script(@RequestParam(required = false) Long scriptId, Model model) {
        if (scriptId != null) {
            var script = scripts.get(scriptId);
            var rendered = scripts.render(script.id(), variables.of(CurrentUser.require()));
            model.addAttribute("script", script);
            model.addAttribute("rendered", rendered);
            model.addAttribute("segments", segments(rendered));
        }
        return "desk/assist :: script";
    }

    /** The text cut into plain parts and the variables the context had no value for, so the page can mark those. */
    static List<Segment> segments(RenderedScript rendered) {
        var out = new ArrayList<Segment>();
        var matcher = LEFT.matcher(rendered.text());
        int at = 0;
        while (matcher.find()) {
            if (rendered.missing().contains(matcher.group(1))) {
                if (matcher.start() > at) {
                    out.add(new Segment(rendered.text().substring(at, matcher.start()), false));
                }
                out.add(new Segment(matcher.group(), true));
                at = matcher.end();
            }
        }
        if (at < rendered.text().length()) {
            out.add(new Segment(rendered.text().substring(at), false));
        }
        return out;
    }

    record Segment(String text, boolean missing) {
    }
}
