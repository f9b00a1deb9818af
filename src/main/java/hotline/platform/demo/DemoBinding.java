package hotline.platform.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Demo mode has well-known passwords, so it must not be reachable from the network: it binds to 127.0.0.1 whatever
 * {@code server.address} says.
 */
class DemoBinding implements EnvironmentPostProcessor {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("hotline.demo", Boolean.class, false)) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource("hotline-demo-binding", Map.of("server.address", LOOPBACK)));
        }
    }
}
