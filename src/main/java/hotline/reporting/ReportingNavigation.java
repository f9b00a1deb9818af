package hotline.reporting;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.MANAGEMENT;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavItem operationsReportNav() {
        return NavItem.of(MANAGEMENT, "nav.reporting.operations", "/reports/operations", "chart", 1, "TEAM_LEAD",
                "SUPERVISOR", "MANAGER");
    }
}
