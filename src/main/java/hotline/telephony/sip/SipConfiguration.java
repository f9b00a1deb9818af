package hotline.telephony.sip;

import hotline.platform.DataDirectory;
import hotline.telephony.Prompt;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The SIP adapter ({@code hotline.telephony.adapter=sip}): Hotline itself is the registrar and the media server. The
 * accounts it checks phones against exist with any adapter ({@link SipAccountsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hotline.telephony.adapter", havingValue = "sip")
class SipConfiguration {

    @Bean(destroyMethod = "close")
    RealTimekeeper telephonyTimekeeper(Clock clock) {
        return Timekeeper.realTime(clock, work -> {
            var thread = new Thread(work, "telephony-sip");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean(destroyMethod = "close")
    SipTelephony sipTelephony(SipProperties properties, SipAccounts accounts, EventBus bus,
                              RealTimekeeper timekeeper, DataDirectory dataDirectory) {
        var sounds = properties.sounds().isBlank() ? dataDirectory.resolve("sounds") : Path.of(properties.sounds());
        var recordings = properties.recordings().isBlank() ? dataDirectory.resolve("recordings")
                : Path.of(properties.recordings());
        var adapter = new SipTelephony(new SipSettings(properties.address(), properties.port(), properties.domain(),
                sounds, recordings, Prompt.parse(properties.holdMusic()), properties.trunk()), accounts, bus,
                timekeeper);
        adapter.start();
        return adapter;
    }
}
