package hotline.platform.web;

import java.util.Set;

/**
 * A small live element in the console's top bar (notifications bell, agent state), contributed by a module as a bean:
 * the layout loads {@code fragmentPath} with htmx for people holding one of {@code roles} (empty: everybody).
 */
public record HeaderWidget(String id, String fragmentPath, Set<String> roles, int order) {
}
