package hotline.notification.web;

import hotline.notification.Notification;
import hotline.notification.Notifications;
import hotline.platform.security.CurrentUser;
import hotline.platform.web.HeaderWidget;
import hotline.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.Set;

/** The bell in the top bar and the list of one's notifications. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Bean
    static HeaderWidget notificationBell() {
        return new HeaderWidget("notification-bell", "/notifications/bell", Set.of(), 10);
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount(CurrentUser.require().id()));
        model.addAttribute("userId", CurrentUser.require().id());
        return "notification/bell :: bell";
    }

    @GetMapping("/notifications")
    String list(HttpServletRequest request, Model model) {
        List<Notification> mine = notifications.mine(200);
        model.addAttribute("notifications", mine);
        return Htmx.view(request, "notification/list", "rows");
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        var notification = notifications.markRead(id);
        return "redirect:" + (notification.link() == null || !notification.link().startsWith("/")
                ? "/notifications" : notification.link());
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
