package hotline.quality.inspection;

import hotline.quality.InspectionHit;
import hotline.telephony.Transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inspection engine as the benchmark drives it (it lives in {@code hotline.bench}): the default rules as the
 * migration seeds them, and one inspection of a transcript, the listener's code path without the database.
 */
public final class InspectionWorkload {

    private final InspectionEngine.Rules rules;

    private InspectionWorkload(List<InspectionRule> rules) {
        this.rules = new InspectionEngine.Rules(rules);
    }

    /** The rules of {@code V51__default_inspection_rules.sql}, read from the migration itself. */
    public static InspectionWorkload defaultRules() throws IOException {
        String sql;
        try (InputStream in = InspectionWorkload.class.getClassLoader()
                .getResourceAsStream("db/migration/quality/V51__default_inspection_rules.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var row = Pattern.compile("\\('([a-z-]+)', '([^']+)', '([^']+)', '([A-Z_]+)',\\s*E?'([^']*)', '([A-Z]+)',"
                + " '([A-Z]+)', (\\d+), ([\\d.]+),\\s*'([a-z-]+)', (true|false)");
        var matcher = row.matcher(sql);
        var rules = new ArrayList<InspectionRule>();
        while (matcher.find()) {
            var phrases = matcher.group(5).isEmpty() ? List.<String>of() : List.of(matcher.group(5).split("\\\\n"));
            rules.add(new InspectionRule(rules.size() + 1, matcher.group(1), matcher.group(2), matcher.group(3),
                    InspectionRule.Kind.valueOf(matcher.group(4)), phrases, matcher.group(6),
                    InspectionRule.Phase.valueOf(matcher.group(7)), Integer.parseInt(matcher.group(8)),
                    Double.parseDouble(matcher.group(9)), matcher.group(10), Boolean.parseBoolean(matcher.group(11)),
                    true, 0));
        }
        if (rules.size() != 8) {
            throw new IllegalStateException("expected the 8 default rules in V51, found " + rules.size());
        }
        return new InspectionWorkload(rules);
    }

    public int ruleCount() {
        return rules.rules().size();
    }

    public List<InspectionHit> inspect(Transcript transcript, Double holdSeconds) {
        return InspectionEngine.inspect(new InspectionEngine.Call(transcript, null, holdSeconds), rules);
    }
}
