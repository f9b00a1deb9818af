package hotline.knowledge.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptTemplateTests {

    @Test
    void fillsVariablesFromTheContact() {
        var rendered = ScriptTemplate.render("{{customer.name}}您好，户号{{ account.number }}。",
                Map.of("customer.name", "王先生", "account.number", "3100012345"));
        assertThat(rendered.text()).isEqualTo("王先生您好，户号3100012345。");
        assertThat(rendered.complete()).isTrue();
    }

    @Test
    void leavesUnknownVariablesVisibleAndReportsThem() {
        var rendered = ScriptTemplate.render("{{customer.name}}您好，{{incident.wording}}", Map.of("customer.name", "李女士"));
        assertThat(rendered.text()).isEqualTo("李女士您好，{{incident.wording}}");
        assertThat(rendered.missing()).containsExactly("incident.wording");
    }

    @Test
    void treatsABlankValueAsMissing() {
        var rendered = ScriptTemplate.render("户号{{account.number}}", Map.of("account.number", "  "));
        assertThat(rendered.text()).isEqualTo("户号{{account.number}}");
        assertThat(rendered.missing()).containsExactly("account.number");
    }

    @Test
    void keepsValuesLiterallyEvenWithRegexCharacters() {
        var rendered = ScriptTemplate.render("{{a}}", Map.of("a", "$1 \\ {{b}}"));
        assertThat(rendered.text()).isEqualTo("$1 \\ {{b}}");
    }

    @Test
    void leavesMalformedBracesAlone() {
        var rendered = ScriptTemplate.render("{{ }} {{1abc}} {{open", Map.of());
        assertThat(rendered.text()).isEqualTo("{{ }} {{1abc}} {{open");
        assertThat(rendered.missing()).isEmpty();
    }

    @Test
    void listsEachVariableOnceInOrder() {
        assertThat(ScriptTemplate.variables("{{b}}{{a.x}}{{b}}")).containsExactly("b", "a.x");
    }

    @Property
    void textWithoutBracesIsUnchanged(@ForAll @StringLength(max = 80) String text) {
        String plain = text.replace("{", "").replace("}", "");
        assertThat(ScriptTemplate.render(plain, Map.of("x", "y")).text()).isEqualTo(plain);
    }

    @Property
    void everyVariableIsEitherFilledOrReported(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String name,
                                               @ForAll boolean known) {
        var rendered = ScriptTemplate.render("[{{" + name + "}}]", known ? Map.of(name, "V") : Map.of());
        if (known) {
            assertThat(rendered.text()).isEqualTo("[V]");
        } else {
            assertThat(rendered.text()).isEqualTo("[{{" + name + "}}]");
            assertThat(rendered.missing()).containsExactly(name);
        }
    }
}
