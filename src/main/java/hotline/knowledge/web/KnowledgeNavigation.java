package hotline.knowledge.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.MANAGEMENT;
import static hotline.platform.web.NavItem.Section.WORKSPACE;

@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

    @Bean
    NavItem knowledgeNav() {
        return NavItem.of(WORKSPACE, "nav.knowledge", "/knowledge", "book", 30);
    }

    @Bean
    NavItem scriptsNav() {
        return NavItem.of(WORKSPACE, "nav.scripts", "/knowledge/scripts", "chat-quote", 31);
    }

    @Bean
    NavItem knowledgeEditorNav() {
        return NavItem.of(MANAGEMENT, "nav.knowledgeEditor", "/knowledge/editor", "pencil", 30,
                "TEAM_LEAD", "SUPERVISOR", "QA", "MANAGER", "ADMIN");
    }

    @Bean
    NavItem knowledgeReviewNav() {
        return NavItem.of(MANAGEMENT, "nav.knowledgeReview", "/knowledge/review", "check2-square", 31,
                "SUPERVISOR", "MANAGER", "QA");
    }

    @Bean
    NavItem knowledgeCategoriesNav() {
        return NavItem.of(MANAGEMENT, "nav.knowledgeCategories", "/knowledge/categories", "diagram-3", 32,
                "SUPERVISOR", "MANAGER", "ADMIN");
    }

    @Bean
    NavItem knowledgeSynonymsNav() {
        return NavItem.of(MANAGEMENT, "nav.knowledgeSynonyms", "/knowledge/synonyms", "arrow-left-right", 33,
                "SUPERVISOR", "MANAGER", "ADMIN");
    }
}
