package hotline.telephony.recording;

import hotline.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static hotline.platform.web.NavItem.Section.ADMINISTRATION;
import static hotline.platform.web.NavItem.Section.QUALITY;

@Configuration(proxyBeanMethods = false)
class RecordingNavigation {

    @Bean
    NavItem recordingsNav() {
        return NavItem.of(QUALITY, "nav.recordings", "/recordings", "mic", 10,
                "AGENT", "TEAM_LEAD", "QA", "SUPERVISOR", "MANAGER");
    }

    @Bean
    NavItem recordingRetentionNav() {
        return NavItem.of(ADMINISTRATION, "nav.recordingRetention", "/recordings/retention", "hourglass", 60,
                "SUPERVISOR", "MANAGER", "ADMIN");
    }
}
