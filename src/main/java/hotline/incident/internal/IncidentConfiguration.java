package hotline.incident.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

    /** Detection settings; the defaults suit a 15-minute interval of a utility hotline (ADR 0054). */
    @Bean
    HotIssueDetector hotIssueDetector(@Value("${hotline.hot-issues.interval:PT15M}") Duration interval,
                                      @Value("${hotline.hot-issues.alpha:0.3}") double alpha,
                                      @Value("${hotline.hot-issues.false-alarm:0.001}") double falseAlarm,
                                      @Value("${hotline.hot-issues.minimum-count:5}") int minimumCount) {
        return new HotIssueDetector(interval, alpha, falseAlarm, minimumCount, 0.5);
    }
}
