package hotline.routing.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;

@Configuration(proxyBeanMethods = false)
class RoutingNavigation {

    @Bean
    NavItem queuesNav() {
        return NavItem.of(ADMINISTRATION, "nav.routing.queues", "/admin/queues", "diagram-3", 50, "ADMIN");
    }

    @Bean
    NavItem reasonCodesNav() {
        return NavItem.of(ADMINISTRATION, "nav.routing.reasonCodes", "/admin/reason-codes", "cup-hot", 51, "ADMIN");
    }
}
