package hotline.identity.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem usersNav() {
        return NavItem.of(ADMINISTRATION, "nav.users", "/admin/users", "people", 10, "ADMIN");
    }

    @Bean
    NavItem apiTokensNav() {
        return NavItem.of(ADMINISTRATION, "nav.apiTokens", "/admin/api-tokens", "key", 90, "ADMIN");
    }
}
