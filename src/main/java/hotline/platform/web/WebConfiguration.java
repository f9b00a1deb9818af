package hotline.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Chinese and English: each module ships {@code messages/<module>.properties} (English) and
 * {@code messages/<module>_zh_CN.properties}; all are found on the class path. The console speaks Chinese unless the
 * browser asks for English or the person chose a language ({@code ?lang=en}, remembered in a cookie).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        return source;
    }

    static String[] bundleBasenames() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            var names = new TreeSet<String>();
            Arrays.stream(resources)
                    .map(r -> r.getFilename())
                    .filter(Objects::nonNull)
                    .map(name -> name.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""))
                    .forEach(name -> names.add("classpath:messages/" + name));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("hotline-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var requested = request.getLocale();
            return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
