package hotline.telephony.simulator;

import hotline.platform.DataDirectory;
import hotline.platform.demo.DemoMode;
import hotline.platform.time.CenterTime;
import hotline.telephony.EventLog;
import hotline.telephony.Telephony;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvents;
import hotline.telephony.Timekeeper;
import hotline.telephony.ivr.SimpleIvr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The telephony module's Spring wiring alone: adapter selection, the IVR, the demo traffic. */
class TelephonyWiringTests {

    @TempDir
    static Path data;

    @Configuration(proxyBeanMethods = false)
    // the recordings archive, the softphone and SIP accounts need the database, which the adapters' wiring does not
    @ComponentScan(basePackages = "hotline.telephony", excludeFilters = @ComponentScan.Filter(
            type = org.springframework.context.annotation.FilterType.REGEX,
            pattern = {"hotline\\.telephony\\.(recording|softphone)\\..*", "hotline\\.telephony\\.sip\\.SipAccount.*"}))
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

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TelephonyModule.class, DemoMode.class)
            .withPropertyValues("hotline.simulator.seed=7");

    @Test
    void theSimulatorIsTheDefaultAdapterWithTheIvrInFront() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Telephony.class)).isInstanceOf(SimulatedEngine.class);
            assertThat(context.getBean(Telephony.class).engine()).isEqualTo("simulator");
            assertThat(context).hasSingleBean(TelephonyEvents.class).hasSingleBean(Timekeeper.class)
                    .hasSingleBean(SimpleIvr.class);
            ready(context);
            assertThat(context.getBean(SimulatorTraffic.class).running()).as("traffic outside demo mode").isFalse();
        });
    }

    @Test
    void refusesAnAdapterThatDoesNotExistYet() {
        runner.withPropertyValues("hotline.telephony.adapter=asterisk").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("hotline.telephony.adapter=asterisk is not available");
        });
    }

    @Test
    void theIvrCanBeSwitchedOff() {
        runner.withPropertyValues("hotline.telephony.ivr.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SimpleIvr.class));
    }

    @Test
    void demoModeStartsCallingOnceTheApplicationIsReady() {
        runner.withPropertyValues("hotline.demo=true",
                        "hotline.simulator.traffic.min-calls-per-minute=600",
                        "hotline.simulator.traffic.max-calls-per-minute=600",
                        "hotline.simulator.traffic.called-numbers.12345=1",
                        "hotline.simulator.traffic.handle-time=exponential(3m)")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var log = EventLog.on(context.getBean(TelephonyEvents.class));
                    ready(context);
                    // the generator starts on the engine's thread: on a loaded machine that takes a moment
                    await().atMost(Duration.ofSeconds(30)).until(() -> context.getBean(SimulatorTraffic.class).running());
                    await().atMost(Duration.ofSeconds(30)).until(() -> log.contains(Answered.class, a -> true));
                    assertThat(log.all(CallOffered.class)).allMatch(o -> o.calledNumber().equals("12345"));
                });
    }

    private static void ready(AssertableApplicationContext context) {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                context.getSourceApplicationContext(), Duration.ZERO));
    }
}
