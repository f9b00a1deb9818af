package hotline.platform;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text exists in English and Chinese: each module's two bundles have the same keys, no value is empty,
 * and every message key a template uses exists.
 */
class MessageBundleTests {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        var english = resolver.getResources("classpath*:messages/*.properties");
        var checked = 0;
        for (var resource : english) {
            String name = resource.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            var base = load(resource.getURL().toString());
            var chinese = load(resource.getURL().toString().replace(".properties", "_zh_CN.properties"));
            assertThat(chinese.stringPropertyNames()).as("keys of %s in Chinese", name)
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            base.forEach((k, v) -> assertThat(v.toString()).as("English %s in %s", k, name).isNotBlank());
            chinese.forEach((k, v) -> assertThat(v.toString()).as("Chinese %s in %s", k, name).isNotBlank());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void chineseBundlesAreActuallyChinese() throws IOException {
        for (var resource : resolver.getResources("classpath*:messages/*_zh_CN.properties")) {
            var chinese = load(resource.getURL().toString());
            long withHan = chinese.values().stream().map(Object::toString)
                    .filter(v -> v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .count();
            assertThat(withHan).as("values in Chinese in %s", resource.getFilename())
                    .isGreaterThanOrEqualTo(chinese.size() * 8L / 10);
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        var keys = new TreeSet<String>();
        for (var resource : resolver.getResources("classpath*:messages/*.properties")) {
            if (resource.getFilename() != null && !resource.getFilename().contains("_")) {
                keys.addAll(load(resource.getURL().toString()).stringPropertyNames());
            }
        }
        var literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        var missing = new ArrayList<String>();
        for (var template : resolver.getResources("classpath*:templates/**/*.html")) {
            String html = new String(template.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var matcher = literal.matcher(html);
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(template.getFilename() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private Properties load(String url) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(resolver.getResource(url).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
