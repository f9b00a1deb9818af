package hotline.workforce.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.TEAM;
import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class WorkforceNavigation {

    private static final String[] LEADS = {"TEAM_LEAD", "SUPERVISOR", "MANAGER", "ADMIN"};

    @Bean
    NavItem forecastNav() {
        return NavItem.of(TEAM, "nav.workforce.forecast", "/workforce/forecast", "graph-up", 40, LEADS);
    }

    @Bean
    NavItem staffingNav() {
        return NavItem.of(TEAM, "nav.workforce.staffing", "/workforce/staffing", "calculator", 41, LEADS);
    }

    @Bean
    NavItem schedulesNav() {
        return NavItem.of(TEAM, "nav.workforce.schedules", "/workforce/schedules", "calendar", 42, LEADS);
    }

    @Bean
    NavItem requestsNav() {
        return NavItem.of(TEAM, "nav.workforce.requests", "/workforce/requests", "inbox", 43, LEADS);
    }

    @Bean
    NavItem adherenceNav() {
        return NavItem.of(TEAM, "nav.workforce.adherence", "/workforce/adherence", "activity", 44, LEADS);
    }

    @Bean
    NavItem myScheduleNav() {
        return NavItem.of(WORKSPACE, "nav.workforce.mySchedule", "/workforce/my-schedule", "calendar-week", 30,
                "AGENT");
    }
}
