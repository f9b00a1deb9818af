package hotline.customer.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavItem customersNav() {
        return NavItem.of(WORKSPACE, "nav.customers", "/customers", "person-vcard", 30);
    }
}
