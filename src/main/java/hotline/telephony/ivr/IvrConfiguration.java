package hotline.telephony.ivr;

import hotline.telephony.IvrAnnouncement;
import hotline.telephony.Prompt;
import hotline.telephony.Telephony;
import hotline.telephony.support.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The simple IVR on whichever adapter runs ({@code hotline.telephony.ivr.enabled}, on by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hotline.telephony.ivr.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IvrConfiguration.IvrProperties.class)
class IvrConfiguration {

    /**
     * {@code hotline.telephony.ivr.*}; prompts are {@code tts:<text>} or {@code file:<id>}; unset values take the
     * utility defaults of {@link IvrSettings#utilityDefaults()}.
     *
     * @param queues menu digit to queue code, e.g. {@code hotline.telephony.ivr.queues.1=REPAIR}
     */
    @ConfigurationProperties("hotline.telephony.ivr")
    record IvrProperties(String greeting, String menu, String invalid, String pleaseHold, String music,
                         Map<String, String> queues, String defaultQueue, Duration digitTimeout,
                         @DefaultValue("3") int attempts) {

        IvrSettings settings() {
            var defaults = IvrSettings.utilityDefaults();
            return new IvrSettings(
                    prompt(greeting, defaults.greeting()), prompt(menu, defaults.menu()),
                    prompt(invalid, defaults.invalid()), prompt(pleaseHold, defaults.pleaseHold()),
                    prompt(music, defaults.music()),
                    queues == null || queues.isEmpty() ? defaults.queues() : queues,
                    defaultQueue == null || defaultQueue.isBlank() ? defaults.defaultQueue() : defaultQueue,
                    digitTimeout == null ? defaults.digitTimeout() : digitTimeout, attempts);
        }

        private static Prompt prompt(String text, Prompt fallback) {
            return text == null || text.isBlank() ? fallback : Prompt.parse(text);
        }
    }

    @Bean(destroyMethod = "close")
    SimpleIvr simpleIvr(Telephony telephony, EventBus bus, IvrProperties properties,
                        ObjectProvider<IvrAnnouncement> announcements) {
        var hook = announcements.getIfAvailable();
        return new SimpleIvr(telephony, bus, bus::publish, properties.settings(),
                hook != null ? hook : offered -> Optional.empty());
    }
}
