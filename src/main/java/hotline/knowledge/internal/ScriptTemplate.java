package hotline.knowledge.internal;

import hotline.knowledge.RenderedScript;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a script: {@code {{customer.name}}}, spaces inside the braces allowed. A variable the context has
 * no value for stays in the text as written and is reported missing, so it shows on screen instead of vanishing.
 */
final class ScriptTemplate {

    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)\\s*}}");

    private ScriptTemplate() {
    }

    static List<String> variables(String template) {
        var names = new LinkedHashSet<String>();
        Matcher matcher = VARIABLE.matcher(template == null ? "" : template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    static RenderedScript render(String template, Map<String, String> context) {
        var missing = new LinkedHashSet<String>();
        Matcher matcher = VARIABLE.matcher(template == null ? "" : template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = context == null ? null : context.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
                matcher.appendReplacement(out, Matcher.quoteReplacement("{{" + name + "}}"));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        matcher.appendTail(out);
        return new RenderedScript(out.toString(), new ArrayList<>(missing));
    }
}
