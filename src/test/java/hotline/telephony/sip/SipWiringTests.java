package hotline.telephony.sip;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code hotline.telephony.adapter=sip} wires the B2BUA, listening where it is told. */
class SipWiringTests {

    @TempDir
    static Path data;

    /** Not a {@code @Configuration}, so other wiring tests' scans do not find it; theirs are filtered out here. */
    @ComponentScan(basePackages = "hotline.telephony",
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    // the recordings archive, the softphone and the administration of SIP accounts need the database
                    // (and its transactions), which the adapters' wiring does not
                    pattern = {".*Tests\\$.*", "hotline\\.telephony\\.(recording|softphone)\\..*",
                            "hotline\\.telephony\\.sip\\.SipAccount(Administration|RestController|WebController)"}))
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

        /** Never queried here: no phone registers in this test. */
        @Bean
        JdbcClient jdbcClient() {
            return JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"));
        }
    }

    @Test
    void theSipAdapterListensOnTheConfiguredPort() {
        int port = SipPeers.freeUdpPort();
        new ApplicationContextRunner().withUserConfiguration(TelephonyModule.class, DemoMode.class)
                .withPropertyValues("hotline.telephony.adapter=sip", "hotline.telephony.sip.port=" + port)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Telephony.class).engine()).isEqualTo("sip");
                    var log = EventLog.on(context.getBean(TelephonyEvents.class));
                    await().atMost(Duration.ofSeconds(10)).until(() -> log.contains(EngineUp.class, e -> true)
                            || context.getBean(Telephony.class).endpointStatus("sip:x@hotline")
                            .toCompletableFuture().isDone());
                    assertThat(context.getBean(SipAccounts.class)).isNotNull();
                    try (var taken = new java.net.DatagramSocket(port, java.net.InetAddress.getLoopbackAddress())) {
                        throw new AssertionError("port " + port + " is free: nothing listens there");
                    } catch (java.net.BindException expected) {
                        // the SIP stack holds the port
                    }
                });
    }
}
