package hotline.telephony.esl;

import hotline.platform.DataDirectory;
import hotline.platform.demo.DemoMode;
import hotline.platform.time.CenterTime;
import hotline.telephony.EventLog;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent.EngineUp;
import hotline.telephony.TelephonyEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code hotline.telephony.adapter=freeswitch} wires the event-socket adapter, which connects to the switch. */
class EslWiringTests {

    @TempDir
    static Path data;

    /** Not a {@code @Configuration}, so other wiring tests' scans do not find it; theirs are filtered out here. */
    @ComponentScan(basePackages = "hotline.telephony",
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    // the recordings archive, the softphone and SIP accounts need the database, which the adapters'
                    // wiring does not
                    pattern = {".*Tests\\$.*", "hotline\\.telephony\\.(recording|softphone)\\..*",
                            "hotline\\.telephony\\.sip\\.SipAccount.*"}))
    static class TelephonyModule {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        DataDirectory dataDirectory() {
            return new DataDirectory(data);
        }

        @Bean
        CenterTime centerTime(Clock clock) {
            return new CenterTime(java.time.ZoneId.of("Asia/Shanghai"), clock);
        }
    }

    @Test
    void theFreeswitchAdapterConnectsToTheConfiguredEventSocket() {
        try (var fake = new FakeFreeswitch()) {
            new ApplicationContextRunner().withUserConfiguration(TelephonyModule.class, DemoMode.class)
                    .withPropertyValues("hotline.telephony.adapter=freeswitch",
                            "hotline.telephony.esl.port=" + fake.port(), "hotline.telephony.esl.password=ClueCon")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Telephony.class).engine()).isEqualTo("freeswitch");
                        var log = EventLog.on(context.getBean(TelephonyEvents.class));
                        await().atMost(Duration.ofSeconds(20)).until(() -> log.contains(EngineUp.class, e -> true)
                                || fake.subscribed());
                        assertThat(fake.commands()).contains("auth ClueCon");
                    });
        }
    }
}
