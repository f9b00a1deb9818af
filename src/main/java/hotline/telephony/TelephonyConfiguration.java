package hotline.telephony;

import hotline.telephony.support.EventBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The engine-neutral part of the wiring: the event stream every adapter publishes on, and the check that
 * {@code hotline.telephony.adapter} names an adapter that exists. Each adapter's own configuration (in its package)
 * switches on for its name and contributes the {@link Telephony} and {@link Timekeeper} beans.
 */
@Configuration(proxyBeanMethods = false)
class TelephonyConfiguration {

    /** Adapters that exist. */
    static final List<String> ADAPTERS = List.of("simulator", "freeswitch", "sip");

    @Bean
    EventBus telephonyEvents(@Value("${hotline.telephony.adapter:simulator}") String adapter) {
        if (!ADAPTERS.contains(adapter)) {
            throw new IllegalStateException("hotline.telephony.adapter=" + adapter + " is not available; choose one of "
                    + ADAPTERS);
        }
        return new EventBus();
    }
}
