package hotline.platform.web;

import java.util.Set;

/**
 * One entry of the console's navigation. Modules declare theirs as beans; the layout shows each person the entries
 * their roles may open, grouped by {@link Section}.
 *
 * @param labelKey message key of the label, from the module's bundle
 * @param roles    role names (without {@code ROLE_}) that see the entry; empty means every signed-in person
 */
public record NavItem(Section section, String labelKey, String path, String icon, Set<String> roles, int order) {

    public enum Section {
        WORKSPACE, TEAM, QUALITY, MANAGEMENT, ADMINISTRATION
    }

    public static NavItem of(Section section, String labelKey, String path, String icon, int order, String... roles) {
        return new NavItem(section, labelKey, path, icon, Set.of(roles), order);
    }

    boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
