package hotline.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

import java.nio.file.Path;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

    /** Every module takes the time from here, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DataDirectory dataDirectory(@Value("${hotline.data-dir:./data}") Path path) {
        return new DataDirectory(path.toAbsolutePath().normalize());
    }
}
