package hotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Hotline, an open-source contact-center platform: one deployable made of business modules, one top-level
 * package each (see {@code docs/modules}).
 */
@Modulithic(systemName = "Hotline", sharedModules = {"platform", "audit"})
@SpringBootApplication
public class Hotline {

    public static void main(String[] args) {
        SpringApplication.run(Hotline.class, args);
    }
}
