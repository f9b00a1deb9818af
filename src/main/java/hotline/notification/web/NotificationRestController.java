package hotline.notification.web;

import hotline.notification.Notification;
import hotline.notification.Notifications;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Notifications", description = "The caller's own in-app notifications")
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationRestController {

    private final Notifications notifications;

    NotificationRestController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<Notification> mine(@RequestParam(defaultValue = "50") int limit) {
        return notifications.mine(limit);
    }

    @PostMapping("/{id}/read")
    Notification read(@PathVariable long id) {
        return notifications.markRead(id);
    }
}
