package hotline.platform.web;

import hotline.platform.demo.DemoMode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.Map;

/**
 * What the console layout needs on every page: the navigation of the signed-in person, the demo banner, and the
 * center's time zone ({@code zone}) — instants shown on a page are the center's wall-clock time, whatever the server's.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final Navigation navigation;
    private final DemoMode demoMode;
    private final List<HeaderWidget> widgets;
    private final hotline.platform.time.CenterTime time;

    LayoutModel(Navigation navigation, DemoMode demoMode, List<HeaderWidget> widgets,
                hotline.platform.time.CenterTime time) {
        this.time = time;
        this.navigation = navigation;
        this.demoMode = demoMode;
        this.widgets = widgets.stream().sorted(java.util.Comparator.comparingInt(HeaderWidget::order)).toList();
    }

    @ModelAttribute("headerWidgets")
    List<HeaderWidget> headerWidgets() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(java.util.stream.Collectors.toSet());
        return widgets.stream()
                .filter(w -> w.roles().isEmpty() || w.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @ModelAttribute("navigation")
    Map<NavItem.Section, List<NavItem>> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return navigation.forUser(authentication);
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return time.zone();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }
}
