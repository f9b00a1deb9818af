package hotline.incident.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.TEAM;
import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

    @Bean
    NavItem hotIssuesNav() {
        return NavItem.of(TEAM, "nav.hotIssues", "/hot-issues", "fire", 40, "TEAM_LEAD", "SUPERVISOR", "MANAGER");
    }

    @Bean
    NavItem incidentsNav() {
        return NavItem.of(TEAM, "nav.incidents", "/incidents", "exclamation-triangle", 41,
                "TEAM_LEAD", "SUPERVISOR", "MANAGER");
    }

    @Bean
    NavItem handoverNav() {
        return NavItem.of(TEAM, "nav.handover", "/handover-log", "journal-text", 42, "TEAM_LEAD", "SUPERVISOR", "MANAGER");
    }

    @Bean
    NavItem bulletinsNav() {
        return NavItem.of(WORKSPACE, "nav.bulletins", "/bulletins", "megaphone", 35);
    }
}
