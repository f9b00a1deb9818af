package hotline.telephony.simulator;

import hotline.telephony.EventLog;
import hotline.telephony.FifoRouter;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.ivr.IvrSettings;
import hotline.telephony.ivr.SimpleIvr;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Properties of simulated traffic, each try a fresh seeded simulation in virtual time.
 *
 * <p>Arrival counts are checked against the Poisson distribution they must follow: a count N with mean μ ≥ 10 is
 * within μ ± (6√μ + 1) except with probability below 10⁻⁸ (the normal tail beyond 6σ is 2·10⁻⁹; the +1 absorbs
 * the discreteness at small μ), so across every try of every build a correct generator fails this less than once in
 * a million runs, while a wrong rate (off by a tenth at μ = 1000, i.e. 3σ of drift each way) is caught in a few tries.
 */
class SimulatedTrafficProperties {

    @Property(tries = 40)
    void arrivalCountsMatchTheProfilesRate(@ForAll @DoubleRange(min = 10, max = 1200) double callsPerHour,
                                           @ForAll @IntRange(min = 1, max = 6) int hours, @ForAll long seed) {
        var sim = simulation(seed);
        var profile = TrafficProfile.builder().constantRate(callsPerHour).build();
        var arrivals = arrivals(sim, profile, seed, Duration.ofHours(hours));
        double expected = callsPerHour * hours;
        assertThat((double) arrivals.size()).isCloseTo(expected, offset(
                6 * Math.sqrt(expected) + 1));
    }

    @Property(tries = 5)
    void arrivalsFollowEachIntervalsRate(@ForAll("dayOfRates") List<Double> callsPerHour, @ForAll long seed) {
        var sim = simulation(seed);
        var profile = TrafficProfile.builder().rates(Duration.ofMinutes(30), callsPerHour).build();
        var start = Instant.parse("2026-03-03T16:00:00Z");        // 00:00 in Shanghai, after the harness starts
        assertThat(start).isAfter(sim.time().now());
        sim.time().advanceTo(start);
        var arrivals = arrivals(sim, profile, seed, Duration.ofDays(1));
        for (int i = 0; i < 48; i++) {
            var from = start.plus(Duration.ofMinutes(30L * i));
            var to = from.plus(Duration.ofMinutes(30));
            long count = arrivals.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
            double expected = profile.expectedCalls(from, to);
            assertThat((double) count).as("interval %d at %s calls/hour", i, callsPerHour.get(i))
                    .isCloseTo(expected, offset(6 * Math.sqrt(expected) + 1));
        }
    }

    @Provide
    Arbitrary<List<Double>> dayOfRates() {
        return Arbitraries.doubles().between(0, 600).list().ofSize(48);
    }

    @Property(tries = 15)
    void everyLegEndsExactlyOnceAndNothingFollowsItsEnd(@ForAll long seed,
                                                        @ForAll @IntRange(min = 0, max = 6) int agents,
                                                        @ForAll @DoubleRange(min = 30, max = 600) double callsPerHour,
                                                        @ForAll @DoubleRange(min = 0, max = 0.05) double chaos)
            throws Exception {
        var settings = SimulatorSettings.defaults(Files.createTempDirectory("sim-recordings"))
                .withAutoRegisterPrefix("agent:")
                .withDevices(new PhoneBehaviour(Distribution.exponential(Duration.ofSeconds(4)), 0.2,
                        Duration.ofSeconds(2)));
        var sim = new SimulatorHarness(settings, seed);
        var log = EventLog.on(sim.events());
        sim.start();
        var endpoints = IntStream.rangeClosed(1, agents).mapToObj(i -> "agent:" + i).toList();
        var ivr = new SimpleIvr(sim.telephony(), sim.events(), sim.bus()::publish, IvrSettings.utilityDefaults(),
                offered -> Optional.empty());
        var router = new FifoRouter(sim.telephony(), sim.events(), sim.time(), endpoints, Duration.ofSeconds(10));
        new Chaos(sim.telephony(), sim.events(), seed, chaos, endpoints);
        var traffic = new TrafficGenerator(sim.engine(), TrafficProfile.builder().constantRate(callsPerHour).build(),
                seed);
        traffic.start();
        sim.time().advanceBy(Duration.ofHours(1));
        traffic.stop();
        sim.time().advanceBy(Duration.ofDays(1));      // every call under way runs its course
        sim.engine().stop();
        sim.time().advanceBy(Duration.ofHours(1));

        log.assertGuarantees();
        assertThat(log.openLegs()).as("legs that never ended").isEmpty();
        var ends = log.all(TelephonyEvent.LegEnded.class).stream()
                .collect(Collectors.groupingBy(TelephonyEvent.LegEnded::leg, Collectors.counting()));
        var offered = log.all(CallOffered.class);
        assertThat(offered).hasSize((int) traffic.offered());
        assertThat(offered).allSatisfy(call -> assertThat(ends.get(call.leg())).as("ends of %s", call.leg())
                .isEqualTo(1L));
        assertThat(sim.engine().liveLegs()).isZero();
        assertThat(ivr.activeSessions()).isZero();
        assertThat(sim.time().pending()).as("timers left behind").isZero();
        assertThat(router.waiting()).isZero();
    }

    @Property(tries = 5)
    void aSeededRunReplaysExactly(@ForAll long seed) throws Exception {
        assertThat(run(seed)).isEqualTo(run(seed));
    }

    private List<String> run(long seed) throws Exception {
        var settings = SimulatorSettings.defaults(Files.createTempDirectory("sim-recordings"))
                .withAutoRegisterPrefix("agent:")
                .withDevices(new PhoneBehaviour(Distribution.exponential(Duration.ofSeconds(4)), 0.1,
                        Duration.ofSeconds(2)));
        var sim = new SimulatorHarness(settings, seed);
        var log = EventLog.on(sim.events());
        sim.start();
        new SimpleIvr(sim.telephony(), sim.events(), sim.bus()::publish, IvrSettings.utilityDefaults(),
                offered -> Optional.empty());
        new FifoRouter(sim.telephony(), sim.events(), sim.time(), List.of("agent:1", "agent:2"),
                Duration.ofSeconds(10));
        new TrafficGenerator(sim.engine(), TrafficProfile.builder().constantRate(300).build(), seed).start();
        sim.time().advanceBy(Duration.ofMinutes(30));
        return log.all().stream().map(Object::toString).toList();
    }

    private static SimulatorHarness simulation(long seed) {
        var sim = new SimulatorHarness(SimulatorSettings.defaults(Path.of("target", "sim-recordings")), seed);
        sim.start();
        return sim;
    }

    /** Arrival instants over {@code duration} from now; nobody answers, so callers simply abandon. */
    private static List<Instant> arrivals(SimulatorHarness sim, TrafficProfile profile, long seed, Duration duration) {
        var arrivals = new ArrayList<Instant>();
        sim.events().subscribe(CallOffered.class, offered -> arrivals.add(offered.at()));
        var traffic = new TrafficGenerator(sim.engine(), profile, seed);
        traffic.start();
        sim.time().advanceBy(duration);
        traffic.stop();
        sim.time().runDue();
        return arrivals;
    }
}
