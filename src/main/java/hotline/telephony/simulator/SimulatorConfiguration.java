package hotline.telephony.simulator;

import hotline.platform.DataDirectory;
import hotline.platform.demo.DemoMode;
import hotline.platform.time.CenterTime;
import hotline.telephony.KnownCallerNumbers;
import hotline.telephony.RealTimekeeper;
import hotline.telephony.Timekeeper;
import hotline.telephony.support.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;

/** The simulator adapter ({@code hotline.telephony.adapter=simulator}, the default): a real-time simulated switch. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hotline.telephony.adapter", havingValue = "simulator", matchIfMissing = true)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

    @Bean(destroyMethod = "close")
    RealTimekeeper telephonyTimekeeper(Clock clock) {
        return Timekeeper.realTime(clock, work -> {
            var thread = new Thread(work, "telephony-simulator");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SimulatorSeed simulatorSeed(SimulatorProperties properties) {
        long seed = properties.seed() != null ? properties.seed() : new SecureRandom().nextLong();
        if (properties.seed() == null) {
            log.info("Telephony simulator seed {} (set hotline.simulator.seed to replay this run)", seed);
        }
        return new SimulatorSeed(seed);
    }

    @Bean(destroyMethod = "close")
    SimulatedEngine simulatedEngine(RealTimekeeper timekeeper, EventBus bus, SimulatorProperties properties,
                                    SimulatorSeed seed, DataDirectory dataDirectory) {
        var devices = properties.devices();
        var media = properties.media();
        var hangUp = devices.hangUpWhenAlone() == null || devices.hangUpWhenAlone().isZero()
                ? null : devices.hangUpWhenAlone();
        var behaviour = new PhoneBehaviour(Distribution.parse(devices.answerDelay()), devices.noAnswerShare(), hangUp);
        var prefix = devices.autoRegisterPrefix() == null || devices.autoRegisterPrefix().isBlank()
                ? null : devices.autoRegisterPrefix();
        var settings = new SimulatorSettings(media.promptLength(), media.ttsPerCharacter(), media.ringDelay(),
                dataDirectory.resolve("recordings"), media.maxRecordingFile(), prefix, behaviour);
        // The engine's own draws (devices) use a stream apart from the traffic's.
        var engine = new SimulatedEngine(timekeeper, bus, settings, new SplittableRandom(seed.value() ^ 0x5DEECE66DL));
        engine.start();
        for (String endpoint : devices.endpoints() == null ? List.<String>of() : devices.endpoints()) {
            engine.registerPhone(endpoint, behaviour);
        }
        return engine;
    }

    @Bean
    SimulatorTraffic simulatorTraffic(SimulatedEngine engine, SimulatorProperties properties, SimulatorSeed seed,
                                      DemoMode demoMode, CenterTime centerTime,
                                      ObjectProvider<KnownCallerNumbers> known) {
        return new SimulatorTraffic(engine, properties.traffic(), seed.value(), demoMode.enabled(), centerTime.zone(),
                known);
    }

    record SimulatorSeed(long value) {
    }
}
