package hotline.organization.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;
import static hotline.platform.web.NavItem.Section.TEAM;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    NavItem departmentsNav() {
        return NavItem.of(ADMINISTRATION, "nav.org.departments", "/admin/departments", "building", 20, "ADMIN");
    }

    @Bean
    NavItem skillCatalogueNav() {
        return NavItem.of(ADMINISTRATION, "nav.org.skills", "/admin/skills", "stars", 30, "ADMIN");
    }

    @Bean
    NavItem calendarsNav() {
        return NavItem.of(ADMINISTRATION, "nav.org.calendars", "/admin/calendars", "calendar", 40, "ADMIN");
    }

    @Bean
    NavItem teamsNav() {
        return NavItem.of(TEAM, "nav.org.teams", "/team/teams", "people", 10,
                "ADMIN", "SUPERVISOR", "TEAM_LEAD", "MANAGER");
    }

    @Bean
    NavItem agentSkillsNav() {
        return NavItem.of(TEAM, "nav.org.agentSkills", "/team/skills", "grid", 20,
                "ADMIN", "SUPERVISOR", "TEAM_LEAD", "MANAGER");
    }
}
