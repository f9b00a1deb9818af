package hotline.telephony;

import hotline.Hotline;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Telephony sits under routing, IVR flows, the dialer and QA: it may depend on the platform only. */
class TelephonyModuleTests {

    @Test
    void dependsOnThePlatformOnly() {
        var modules = ApplicationModules.of(Hotline.class);
        var telephony = modules.getModuleByName("telephony").orElseThrow();
        assertThat(telephony.getDirectDependencies(modules).uniqueModules()
                .map(module -> module.getIdentifier().toString()))
                .containsOnly("platform");
    }
}
