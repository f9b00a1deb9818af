package hotline.platform.web;

import hotline.platform.ConflictException;
import hotline.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Locale;
import java.util.Map;

/**
 * What a console page tells a person about a refused request, in their language. The exceptions carry English for
 * logs and the API; a conflict's code and details ({@code error.conflict.<code>} in the bundles, the thing's name from
 * {@code resource.<name>}, its state from the owning module's labels) give the same facts on a page.
 */
public final class ProblemText {

    /** Where each resource's state labels live in the bundles, by resource name as the exceptions spell it. */
    private static final Map<String, String> STATE_LABELS = Map.ofEntries(
            Map.entry("work-order", "workorder.status."),
            Map.entry("extension-request", "workorder.extension."),
            Map.entry("incident", "incident.status."),
            Map.entry("article", "knowledge.status."),
            Map.entry("evaluation", "quality.status."),
            Map.entry("calibration-session", "quality.calibration.status."),
            Map.entry("coaching-task", "quality.coaching.status."),
            Map.entry("schedule", "workforce.status."),
            Map.entry("shift-request", "workforce.request.status."),
            Map.entry("sip-account", "sipAccount.status."),
            Map.entry("agent", "desk.state."),
            Map.entry("callback-request", "routing.callbackRequest.status."),
            Map.entry("customer", "customer.status."));

    /** The text for the current request: conflicts and missing things in the reader's language, others as thrown. */
    public static String of(RuntimeException e) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return e.getMessage();
        }
        var context = RequestContextUtils.findWebApplicationContext(servlet.getRequest());
        return context == null ? e.getMessage() : of(e, context, LocaleContextHolder.getLocale());
    }

    static String of(RuntimeException e, MessageSource messages, Locale locale) {
        if (e instanceof ConflictException conflict) {
            return conflict(conflict, messages, locale);
        }
        if (e instanceof NotFoundException missing) {
            return messages.getMessage("error.notFound",
                    new Object[]{resource(missing.resource(), messages, locale), String.valueOf(missing.id())},
                    e.getMessage(), locale);
        }
        return e.getMessage();
    }

    static String conflict(ConflictException e, MessageSource messages, Locale locale) {
        var details = e.details();
        String resource = details.get("resource") instanceof String r ? r : null;
        String name = resource == null ? null : resource(resource, messages, locale);
        Object[] args = switch (e.code()) {
            case "illegal-transition" -> new Object[]{name, String.valueOf(details.get("id")),
                    state(key(resource), String.valueOf(details.get("currentStatus")), messages, locale)};
            case "stale-version" -> new Object[]{name, String.valueOf(details.get("id")),
                    String.valueOf(details.get("expectedVersion")), String.valueOf(details.get("currentVersion"))};
            case "duplicate" -> name == null || !details.containsKey("value") ? null
                    : new Object[]{name, String.valueOf(details.get("value"))};
            default -> new Object[0];
        };
        if (args == null) {
            return messages.getMessage("error.duplicate", null, e.getMessage(), locale);
        }
        return messages.getMessage("error.conflict." + e.code(), args, e.getMessage(), locale);
    }

    private static String resource(String resource, MessageSource messages, Locale locale) {
        return messages.getMessage("resource." + key(resource), null, resource, locale);
    }

    private static String state(String resourceKey, String state, MessageSource messages, Locale locale) {
        String prefix = STATE_LABELS.get(resourceKey);
        return prefix == null ? state : messages.getMessage(prefix + state, null, state, locale);
    }

    /** "work order", "SIP account" → "work-order", "sip-account": how bundle keys spell a resource. */
    static String key(String resource) {
        return resource == null ? "" : resource.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private ProblemText() {
    }
}
