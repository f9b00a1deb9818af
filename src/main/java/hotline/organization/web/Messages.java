package hotline.organization.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the organization pages and exports in the request's language. */
@Component
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String get(String key, Object... args) {
        return source.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    String yesNo(boolean value) {
        return get(value ? "common.yes" : "common.no");
    }
}
