package hotline.bench;

import hotline.telephony.FifoRouter;
import hotline.telephony.TelephonyEvent;
import hotline.telephony.ivr.IvrSettings;
import hotline.telephony.ivr.SimpleIvr;
import hotline.telephony.simulator.DayCurve;
import hotline.telephony.simulator.Distribution;
import hotline.telephony.simulator.PhoneBehaviour;
import hotline.telephony.simulator.SimulatorHarness;
import hotline.telephony.simulator.SimulatorSettings;
import hotline.telephony.simulator.TrafficGenerator;
import hotline.telephony.simulator.TrafficProfile;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A simulated day of a utility hotline in virtual time: traffic on the UTILITY curve, the IVR, a first-come-first-served
 * router over N agents. Prints how long the day took on this machine and how many events flowed — the engine's and
 * the port's throughput, to compare runs on one machine (a benchmark, not a test: nothing is asserted).
 *
 * <pre>./mvnw -q test-compile && java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     hotline.bench.SimulatedDayBenchmark [peakCallsPerHour=6000] [agents=150] [seed=1]</pre>
 * (write the class path once with {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class SimulatedDayBenchmark {

    public static void main(String[] args) throws Exception {
        double peak = args.length > 0 ? Double.parseDouble(args[0]) : 6000;
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;

        var settings = SimulatorSettings.defaults(Files.createTempDirectory("bench-recordings"))
                .withAutoRegisterPrefix("agent:")
                .withDevices(new PhoneBehaviour(Distribution.lognormal(Duration.ofSeconds(3), Duration.ofSeconds(1)),
                        0.03, Duration.ofSeconds(2)));
        var sim = new SimulatorHarness(settings, seed);
        var events = new AtomicLong();
        sim.events().subscribe(event -> events.incrementAndGet());
        var ended = new AtomicLong();
        sim.events().subscribe(TelephonyEvent.LegEnded.class, event -> ended.incrementAndGet());
        sim.start();
        var ivr = new SimpleIvr(sim.telephony(), sim.events(), sim.bus()::publish, IvrSettings.utilityDefaults(),
                offered -> Optional.empty());
        var router = new FifoRouter(sim.telephony(), sim.events(), sim.time(),
                IntStream.rangeClosed(1, agents).mapToObj(i -> "agent:" + i).toList(), Duration.ofSeconds(15));
        var profile = TrafficProfile.builder().curve(DayCurve.UTILITY, Duration.ofMinutes(30), peak * 0.05, peak)
                .build();
        var traffic = new TrafficGenerator(sim.engine(), profile, seed);

        long started = System.nanoTime();
        traffic.start();
        for (int hour = 1; hour <= 24; hour++) {
            sim.time().advanceBy(Duration.ofHours(1));
            System.out.printf("hour %2d: offered %,9d  connected %,9d  abandoned %,8d  waiting %,6d  live legs %,6d%n",
                    hour, traffic.offered(), router.connected, router.abandoned, router.waiting(),
                    sim.engine().liveLegs());
        }
        traffic.stop();
        sim.time().advanceBy(Duration.ofHours(6));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("a simulated day: %,d calls, %,d events, %,d legs ended in %.1f s of wall time "
                        + "(%,.0f events/s); in the IVR now %d%n",
                traffic.offered(), events.get(), ended.get(), seconds, events.get() / seconds, ivr.activeSessions());
        sim.close();
    }
}
