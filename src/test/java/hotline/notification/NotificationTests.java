package hotline.notification;

import hotline.HotlineWebTest;
import hotline.TestUsers;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HotlineWebTest
class NotificationTests {

    @Autowired
    hotline.platform.time.CenterTime time;
    @Autowired
    Notifications notifications;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(long id) {
        var principal = new TestUsers.Principal(new Actor(id, "n" + id, "n" + id, Set.of(Role.AGENT)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void notifiesEachRecipientOnceAndCountsUnread() {
        notifications.notify(List.of(501L, 501L, 502L), "test", "notification.title", List.of(), "/notifications");
        assertThat(notifications.unreadCount(501)).isEqualTo(1);
        assertThat(notifications.unreadCount(502)).isEqualTo(1);
        signIn(501);
        var mine = notifications.mine(10);
        notifications.markRead(mine.get(0).id());
        assertThat(notifications.unreadCount(501)).isZero();
    }

    @Test
    void nobodyReadsSomeoneElsesNotification() {
        notifications.notify(List.of(601L), "test", "notification.title", List.of(), null);
        signIn(601);
        long id = notifications.mine(1).get(0).id();
        signIn(602);
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(hotline.platform.NotFoundException.class);
        assertThat(notifications.mine(10)).isEmpty();
    }

    @Test
    void showsWhenInTheCentersTimeNotTheServers() throws Exception {
        notifications.notify(List.of(801L), "test", "notification.none", List.of(), null);
        signIn(801);
        var at = notifications.mine(10).get(0).createdAt();
        var format = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");
        var centerTime = format.format(at.atZone(time.zone()));
        var utc = format.format(at.atZone(java.time.ZoneOffset.UTC));
        assertThat(centerTime).as("the test needs a center zone away from UTC").isNotEqualTo(utc);
        mvc.perform(get("/notifications").with(TestUsers.as(801, "timely", Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(centerTime)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(utc))));
    }

    @Test
    void rendersInTheReadersLanguage() throws Exception {
        notifications.notify(List.of(701L), "test", "notification.none", List.of(), null);
        mvc.perform(get("/notifications").with(TestUsers.as(701, "reader", Role.AGENT)).param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无通知")));
        mvc.perform(get("/notifications/bell").with(TestUsers.as(701, "reader", Role.AGENT)))
                .andExpect(content().string(containsString("bell-count")));
    }
}
