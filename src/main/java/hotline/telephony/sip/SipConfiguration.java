package hotline.telephony.sip;

import hotline.platform.DataDirectory;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Clock;

/** The SIP adapter ({@code hotline.telephony.adapter=sip}): Hotline itself is the registrar and the media server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hotline.telephony.adapter", havingValue = "sip")
@EnableConfigurationProperties(SipProperties.class)
class SipConfiguration {

    @Bean(destroyMethod = "close")
    RealTimekeeper telephonyTimekeeper(Clock clock) {
        return Timekeeper.realTime(clock, work -> {
            var thread = new Thread(work, "telephony-sip");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SipAccounts sipAccounts(JdbcClient jdbc, Clock clock, SipProperties properties) {
        return new SipAccounts(jdbc, clock, properties.domain());
    }

    @Bean(destroyMethod = "close")
    SipTelephony sipTelephony(SipProperties properties, SipAccounts accounts, EventBus bus,
                              RealTimekeeper timekeeper, DataDirectory dataDirectory) {
        var sounds = properties.sounds().isBlank() ? dataDirectory.resolve("sounds") : Path.of(properties.sounds());
        var recordings = properties.recordings().isBlank() ? dataDirectory.resolve("recordings")
                : Path.of(properties.recordings());
        var adapter = new SipTelephony(new SipSettings(properties.address(), properties.port(), properties.domain(),
                sounds, recordings, Prompt.parse(properties.holdMusic())), accounts, bus, timekeeper);
        adapter.start();
        return adapter;
    }
}
