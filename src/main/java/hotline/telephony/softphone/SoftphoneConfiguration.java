package hotline.telephony.softphone;

import hotline.platform.security.ConnectSources;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The browser softphone's settings, and its WebSocket's origin for the console's content security policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SoftphoneProperties.class)
class SoftphoneConfiguration {

    @Bean
    ConnectSources softphoneWebSocket(SoftphoneProperties properties) {
        return () -> properties.configured() ? List.of(properties.origin()) : List.of();
    }
}
