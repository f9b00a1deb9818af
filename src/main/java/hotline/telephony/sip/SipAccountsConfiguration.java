package hotline.telephony.sip;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * SIP accounts live in the database whatever adapter is active, so administrators can prepare phones before switching
 * to the SIP adapter; the realm is {@code hotline.telephony.sip.domain} either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SipProperties.class)
class SipAccountsConfiguration {

    @Bean
    SipAccounts sipAccounts(JdbcClient jdbc, Clock clock, SipProperties properties) {
        return new SipAccounts(jdbc, clock, properties.domain());
    }
}
