package hotline.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says on the console how to reach the console, and that demo mode listens on loopback only. */
@Component
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final DemoMode mode;

    DemoBanner(DemoMode mode) {
        this.mode = mode;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (mode.enabled()) {
            log.info("""

                    ================================================================================
                     Hotline DEMO MODE: listening on http://{}:{}/ only (loopback, not the network).
                     Sign in as admin, manager, supervisor, lead1, qa1, agent1 … with password '{}'.
                    ================================================================================""",
                    DemoBinding.LOOPBACK, port, DemoMode.PASSWORD);
        } else {
            log.info("Hotline is ready on port {}", port);
        }
    }
}
