package hotline.telephony.simulator;

import hotline.telephony.KnownCallerNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Starts the simulated callers once the application is ready — in demo mode, or whenever
 * {@code hotline.simulator.traffic.enabled=true} — so the queues and the wallboard are alive on first start. Until
 * routing exists nobody takes the queued calls and every caller abandons after its patience.
 */
final class SimulatorTraffic implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatorTraffic.class);

    private final SimulatedEngine engine;
    private final SimulatorProperties.Traffic properties;
    private final long seed;
    private final boolean enabled;
    private final ZoneId zone;
    private final ObjectProvider<KnownCallerNumbers> known;
    private TrafficGenerator generator;

    SimulatorTraffic(SimulatedEngine engine, SimulatorProperties.Traffic properties, long seed, boolean demo,
                     ZoneId zone, ObjectProvider<KnownCallerNumbers> known) {
        this.engine = engine;
        this.properties = properties;
        this.seed = seed;
        this.enabled = properties.enabled() != null ? properties.enabled() : demo;
        this.zone = zone;
        this.known = known;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!enabled || generator != null) {
            return;
        }
        generator = new TrafficGenerator(engine, profile(), seed);
        generator.start();
        log.info("Telephony simulator: placing {}–{} calls a minute ({} curve, {})", properties.minCallsPerMinute(),
                properties.maxCallsPerMinute(), properties.curve(), zone);
    }

    TrafficProfile profile() {
        var numbers = new ArrayList<String>();
        known.orderedStream().forEach(source -> numbers.addAll(source.numbers()));
        var builder = TrafficProfile.builder()
                .zone(zone)
                .curve(DayCurve.named(properties.curve()), properties.interval(),
                        properties.minCallsPerMinute() * 60, properties.maxCallsPerMinute() * 60)
                .handleTime(Distribution.parse(properties.handleTime()))
                .patience(Distribution.parse(properties.patience()))
                .thinkTime(Distribution.parse(properties.thinkTime()))
                .callerHangupShare(properties.callerHangupShare())
                .trunk(properties.trunk())
                .callerNumbers(CallerNumbers.mix(new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L),
                        properties.knownCallerShare(), numbers));
        if (properties.calledNumbers() != null && !properties.calledNumbers().isEmpty()) {
            builder.calledNumbers(Map.copyOf(properties.calledNumbers()));
        }
        if (properties.menuChoices() != null && !properties.menuChoices().isEmpty()) {
            builder.menuChoices(Map.copyOf(properties.menuChoices()));
        }
        return builder.build();
    }

    synchronized boolean running() {
        return generator != null && generator.running();
    }

    @Override
    public synchronized void destroy() {
        if (generator != null) {
            generator.stop();
        }
    }
}
