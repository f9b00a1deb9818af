package hotline.workorder.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;
import static hotline.platform.web.NavItem.Section.MANAGEMENT;
import static hotline.platform.web.NavItem.Section.TEAM;
import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class WorkOrderNavigation {

    @Bean
    NavItem workOrdersNav() {
        return NavItem.of(WORKSPACE, "nav.workOrders", "/work-orders", "list", 20, "AGENT", "DEPARTMENT", "QA");
    }

    @Bean
    NavItem newWorkOrderNav() {
        return NavItem.of(WORKSPACE, "nav.newWorkOrder", "/work-orders/new", "plus", 21, "AGENT");
    }

    @Bean
    NavItem teamWorkOrdersNav() {
        return NavItem.of(TEAM, "nav.workOrders", "/work-orders", "list", 20, "TEAM_LEAD", "SUPERVISOR");
    }

    @Bean
    NavItem extensionQueueNav() {
        return NavItem.of(TEAM, "nav.extensionRequests", "/work-orders/extension-requests", "clock", 25,
                "SUPERVISOR", "MANAGER");
    }

    @Bean
    NavItem managementWorkOrdersNav() {
        return NavItem.of(MANAGEMENT, "nav.workOrders", "/work-orders", "list", 20, "MANAGER");
    }

    @Bean
    NavItem workOrderSettingsNav() {
        return NavItem.of(ADMINISTRATION, "nav.workOrderSettings", "/admin/work-order-settings", "gear", 40, "ADMIN");
    }
}
