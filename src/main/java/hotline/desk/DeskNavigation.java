package hotline.desk;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.TEAM;
import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class DeskNavigation {

    @Bean
    NavItem deskNav() {
        return NavItem.of(WORKSPACE, "nav.desk.desk", "/desk", "headset", 1, "AGENT");
    }

    @Bean
    NavItem wallboardNav() {
        return NavItem.of(TEAM, "nav.desk.wallboard", "/wallboard", "display", 1, "TEAM_LEAD", "SUPERVISOR",
                "MANAGER", "ADMIN");
    }
}
