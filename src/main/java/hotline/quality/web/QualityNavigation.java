package hotline.quality.web;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.QUALITY;

/** The quality section of the navigation, per role (docs/quality.md). */
@Configuration(proxyBeanMethods = false)
class QualityNavigation {

    @Bean
    NavItem qualityAssignmentsNav() {
        return NavItem.of(QUALITY, "nav.quality.assignments", "/quality/assignments", "inbox", 10, "QA", "SUPERVISOR");
    }

    @Bean
    NavItem qualityMineNav() {
        return NavItem.of(QUALITY, "nav.quality.mine", "/quality/my-evaluations", "star", 11, "AGENT");
    }

    @Bean
    NavItem qualityEvaluationsNav() {
        return NavItem.of(QUALITY, "nav.quality.evaluations", "/quality/evaluations", "list", 12, "TEAM_LEAD",
                "SUPERVISOR", "MANAGER", "QA");
    }

    @Bean
    NavItem qualityAppealsNav() {
        return NavItem.of(QUALITY, "nav.quality.appeals", "/quality/appeals", "flag", 13, "SUPERVISOR");
    }

    @Bean
    NavItem qualityCoachingNav() {
        return NavItem.of(QUALITY, "nav.quality.coaching", "/quality/coaching", "people", 14, "AGENT", "TEAM_LEAD",
                "SUPERVISOR", "MANAGER", "QA");
    }

    @Bean
    NavItem qualityCalibrationsNav() {
        return NavItem.of(QUALITY, "nav.quality.calibrations", "/quality/calibrations", "sliders", 15, "QA",
                "SUPERVISOR");
    }

    @Bean
    NavItem qualityScorecardsNav() {
        return NavItem.of(QUALITY, "nav.quality.scorecards", "/quality/scorecards", "table", 16, "QA", "SUPERVISOR");
    }

    @Bean
    NavItem qualityPlansNav() {
        return NavItem.of(QUALITY, "nav.quality.plans", "/quality/plans", "shuffle", 17, "QA", "SUPERVISOR");
    }

    @Bean
    NavItem qualityReportsNav() {
        return NavItem.of(QUALITY, "nav.quality.reports", "/quality/reports", "chart", 18, "MANAGER", "SUPERVISOR",
                "QA", "TEAM_LEAD");
    }
}
