package hotline.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The navigation a signed-in person sees: every module's {@link NavItem}s filtered by role and grouped by section. */
@Component
public class Navigation {

    private final List<NavItem> items;

    Navigation(List<NavItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparing(NavItem::section).thenComparingInt(NavItem::order))
                .toList();
    }

    public Map<NavItem.Section, List<NavItem>> forUser(Authentication authentication) {
        if (authentication == null) {
            return Map.of();
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
        return items.stream()
                .filter(item -> item.visibleTo(roles))
                .collect(Collectors.groupingBy(NavItem::section, LinkedHashMap::new, Collectors.toList()));
    }

    public List<NavItem> all() {
        return items;
    }
}
