package hotline.telephony.esl;

import hotline.platform.DataDirectory;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/** The FreeSWITCH adapter ({@code hotline.telephony.adapter=freeswitch}): an inbound event-socket connection. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hotline.telephony.adapter", havingValue = "freeswitch")
@EnableConfigurationProperties(EslProperties.class)
class EslConfiguration {

    @Bean(destroyMethod = "close")
    RealTimekeeper telephonyTimekeeper(Clock clock) {
        return Timekeeper.realTime(clock, work -> {
            var thread = new Thread(work, "telephony-freeswitch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean(destroyMethod = "close")
    EslTelephony eslTelephony(EslProperties properties, EventBus bus, RealTimekeeper timekeeper,
                              DataDirectory dataDirectory) {
        var recordings = properties.recordings().isBlank() ? dataDirectory.resolve("recordings")
                : Path.of(properties.recordings());
        var settings = new EslSettings(properties.host(), properties.port(), properties.password(),
                properties.format(), properties.domain(), recordings, properties.sounds(), properties.gateway(),
                properties.connectTimeout(), properties.minBackoff(), properties.maxBackoff());
        var adapter = new EslTelephony(settings, bus, timekeeper);
        adapter.start();
        return adapter;
    }
}
