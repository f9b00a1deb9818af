package hotline.quality.inspection;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.QUALITY;

@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

    @Bean
    NavItem inspectionRulesNav() {
        return NavItem.of(QUALITY, "nav.inspectionRules", "/quality/inspection/rules", "funnel", 40,
                "QA", "SUPERVISOR", "MANAGER", "ADMIN", "TEAM_LEAD");
    }
}
