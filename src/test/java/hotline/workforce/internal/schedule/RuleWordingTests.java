package hotline.workforce.internal.schedule;

import hotline.workforce.Schedules.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder page explains violations by rule; every rule the solver knows has its words in both languages. */
class RuleWordingTests {

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = RuleWordingTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<String> ruleNames() throws IllegalAccessException {
        var names = new ArrayList<String>();
        for (var field : RosterConstraints.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void everyRuleAndLevelHasAnEnglishAndAChineseName() throws Exception {
        var english = bundle("workforce");
        var chinese = bundle("workforce_zh_CN");
        assertThat(ruleNames()).hasSize(12);
        for (String name : ruleNames()) {
            String key = "workforce.rule." + new Violation(name, "hard", 1, 1, List.of()).rule();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
        }
        for (String level : List.of("hard", "medium", "soft")) {
            assertThat(english.getProperty("workforce.level." + level)).isNotBlank();
            assertThat(chinese.getProperty("workforce.level." + level)).isNotBlank();
        }
    }

    @Test
    void ruleCodesAreMessageKeyFriendly() {
        assertThat(new Violation("Under-coverage", "medium", -3, 2, List.of()).rule()).isEqualTo("under-coverage");
        assertThat(new Violation("Too little rest between shifts", "hard", -1, 1, List.of()).rule())
                .isEqualTo("too-little-rest-between-shifts");
    }
}
