package hotline.bench;

import hotline.telephony.CallId;
import hotline.telephony.FifoRouter;
import hotline.telephony.LegId;
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
import hotline.workforce.internal.staffing.Erlang;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A simulated day of a utility hotline in virtual time, compared with Erlang C: traffic on the UTILITY curve (30-minute
 * intervals), the IVR, a first-come-first-served router ({@code FifoRouter}, the port's reference client) over N
 * agents staffed all day. For each interval it measures the service level (answered within 20 s over calls queued)
 * and the ASA (average wait of the answered calls) and sets them beside what Erlang C predicts for that interval's
 * arrival rate, the mean time a call occupies an agent (ring + talk + wrap-up) and N, by workforce's calculator
 * ({@code Erlang}): Erlang C, which assumes callers who never give up, and Erlang A with the simulated callers'
 * exponential patience. Also prints the wall time of the day (the engine's throughput). A benchmark, not a test:
 * nothing is asserted.
 *
 * <pre>bench/run SimulatedDayBenchmark [peakCallsPerHour=1800] [agents=150] [seed=1] [meanPatienceSeconds=90]</pre>
 */
public final class SimulatedDayBenchmark {

    static final int TARGET_SECONDS = 20;
    static final Duration WRAP_UP = Duration.ofSeconds(15);
    static final Duration INTERVAL = Duration.ofMinutes(30);

    /** What happened to the calls that arrived in one interval. */
    static final class Interval {
        long queued;
        long answered;
        long answeredInTarget;
        long abandoned;
        double waitSecondsAnswered;
        double ringSecondsAnswered;
    }

    public static void main(String[] args) throws Exception {
        double peak = args.length > 0 ? Double.parseDouble(args[0]) : 1800;
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        double patience = args.length > 3 ? Double.parseDouble(args[3]) : 90;

        var ringing = Distribution.lognormal(Duration.ofSeconds(3), Duration.ofSeconds(1));
        var settings = SimulatorSettings.defaults(Files.createTempDirectory("bench-recordings"))
                .withAutoRegisterPrefix("agent:")
                .withDevices(new PhoneBehaviour(ringing, 0.03, Duration.ofSeconds(2)));
        var sim = new SimulatorHarness(settings, seed);
        var events = new AtomicLong();
        sim.events().subscribe(event -> events.incrementAndGet());
        var ended = new AtomicLong();
        sim.events().subscribe(TelephonyEvent.LegEnded.class, event -> ended.incrementAndGet());

        // waits measured from the port's events: queued (waiting since) → bridged to an agent, or hung up waiting
        var intervals = new TreeMap<Instant, Interval>();
        // The wait Erlang C models ends when an agent is seized (their phone starts ringing in the caller's call); the
        // ringing until the bridge is reported beside it.
        var waitingSince = new HashMap<LegId, Instant>();
        var legOfCall = new HashMap<CallId, LegId>();
        var seizedAt = new HashMap<LegId, Instant>();
        sim.events().subscribe(TelephonyEvent.CallQueued.class, queued -> {
            waitingSince.put(queued.leg(), queued.waitingSince());
            legOfCall.put(queued.call(), queued.leg());
            intervals.computeIfAbsent(intervalOf(queued.waitingSince()), i -> new Interval()).queued++;
        });
        sim.events().subscribe(TelephonyEvent.Ringing.class, rung -> {
            var customer = legOfCall.get(rung.call());
            if (customer != null && waitingSince.containsKey(customer)) {
                seizedAt.putIfAbsent(customer, rung.at());
            }
        });
        sim.events().subscribe(TelephonyEvent.Bridged.class, bridged -> {
            var since = waitingSince.remove(bridged.leg());
            if (since != null) {
                legOfCall.remove(bridged.call());
                var seized = seizedAt.remove(bridged.leg());
                var interval = intervals.get(intervalOf(since));
                double wait = Duration.between(since, seized == null ? bridged.at() : seized).toMillis() / 1000.0;
                interval.answered++;
                interval.waitSecondsAnswered += wait;
                interval.ringSecondsAnswered += seized == null ? 0
                        : Duration.between(seized, bridged.at()).toMillis() / 1000.0;
                if (wait <= TARGET_SECONDS) {
                    interval.answeredInTarget++;
                }
            }
        });
        sim.events().subscribe(TelephonyEvent.LegEnded.class, gone -> {
            var since = waitingSince.remove(gone.leg());
            if (since != null) {
                legOfCall.remove(gone.call());
                seizedAt.remove(gone.leg());
                intervals.get(intervalOf(since)).abandoned++;
            }
        });
        sim.start();
        var ivr = new SimpleIvr(sim.telephony(), sim.events(), sim.bus()::publish, IvrSettings.utilityDefaults(),
                offered -> Optional.empty());
        var router = new FifoRouter(sim.telephony(), sim.events(), sim.time(),
                IntStream.rangeClosed(1, agents).mapToObj(i -> "agent:" + i).toList(), WRAP_UP);
        var profile = TrafficProfile.builder().curve(DayCurve.UTILITY, INTERVAL, peak * 0.05, peak)
                .patience(Distribution.exponential(Duration.ofMillis((long) (patience * 1000)))).build();
        var traffic = new TrafficGenerator(sim.engine(), profile, seed);
        // the time a call keeps an agent: ringing, talking, wrapping up (no-answers, 3 %, not counted)
        double serviceSeconds = (ringing.mean().toMillis() + profile.handleTime().mean().toMillis()
                + WRAP_UP.toMillis()) / 1000.0;

        long started = System.nanoTime();
        var dayStart = sim.time().now();
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
        report(intervals, dayStart, profile, agents, serviceSeconds, peak, patience);
        sim.close();
    }

    private static Instant intervalOf(Instant at) {
        long size = INTERVAL.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), size) * size);
    }

    private static void report(TreeMap<Instant, Interval> intervals, Instant dayStart, TrafficProfile profile,
                               int agents, double serviceSeconds, double peak, double patience) {
        System.out.printf(Locale.ROOT, "%d agents; a call keeps an agent %.0f s on average; service level = answered "
                + "with an agent seized within %d s / queued; ASA = wait until an agent is seized, of the answered "
                + "calls (then their phone rings); Erlang C and Erlang A (mean patience %.0f s) from workforce's "
                + "calculator for each interval's arrival rate%n", agents, serviceSeconds, TARGET_SECONDS, patience);
        System.out.println("interval  calls/h  load(Erl)  queued  abandoned   SL measured  Erlang C  Erlang A"
                + "   ASA measured  Erlang C  Erlang A");
        double[] day = new double[10];       // queued, in target, answered, wait, predicted SL × queued (C),
        double[] busy = new double[10];      // predicted ASA × queued (C), abandoned, ringing, the same two for A       // the same for the intervals at 80 % of the peak or more
        for (var entry : intervals.entrySet()) {
            var from = entry.getKey();
            if (from.isBefore(dayStart) || !from.isBefore(dayStart.plus(Duration.ofDays(1)))) {
                continue;
            }
            var i = entry.getValue();
            double rate = profile.expectedCalls(from, from.plus(INTERVAL)) / INTERVAL.toSeconds();
            double load = rate * serviceSeconds;
            var c = Erlang.c(agents, load, serviceSeconds, TARGET_SECONDS);
            var a = Erlang.a(agents, rate, serviceSeconds, patience, TARGET_SECONDS);
            double sl = c.serviceLevel();
            double asa = c.averageSpeedOfAnswerSeconds();
            System.out.printf(Locale.ROOT, "%s  %7.0f  %9.1f  %6d  %9d   %10.1f %%  %6.1f %%  %6.1f %%   %10.1f s"
                            + "  %6.1f s  %6.1f s%n",
                    from.atZone(profile.zone()).toLocalTime(), rate * 3600, load, i.queued, i.abandoned,
                    100.0 * i.answeredInTarget / Math.max(1, i.queued), 100 * sl, 100 * a.serviceLevel(),
                    i.answered == 0 ? 0 : i.waitSecondsAnswered / i.answered, asa, a.averageSpeedOfAnswerSeconds());
            for (var sums : rate * 3600 >= 0.8 * peak ? new double[][]{day, busy} : new double[][]{day}) {
                sums[0] += i.queued;
                sums[1] += i.answeredInTarget;
                sums[2] += i.answered;
                sums[3] += i.waitSecondsAnswered;
                sums[4] += sl * i.queued;
                sums[5] += asa * i.queued;
                sums[6] += i.abandoned;
                sums[7] += i.ringSecondsAnswered;
                sums[8] += a.serviceLevel() * i.queued;
                sums[9] += a.averageSpeedOfAnswerSeconds() * i.queued;
            }
        }
        summary("whole day", day);
        summary("busy intervals (≥ 80 % of the peak rate)", busy);
    }

    private static void summary(String what, double[] sums) {
        System.out.printf(Locale.ROOT, "%s: %,.0f queued, %.1f %% abandoned; SL measured %.1f %% vs Erlang C %.1f %% "
                        + "/ Erlang A %.1f %%; ASA measured %.1f s vs Erlang C %.1f s / Erlang A %.1f s (predictions "
                        + "weighted by the calls queued); then ringing %.1f s on average%n", what, sums[0],
                100 * sums[6] / sums[0], 100 * sums[1] / sums[0], 100 * sums[4] / sums[0], 100 * sums[8] / sums[0],
                sums[3] / sums[2], sums[5] / sums[0], sums[9] / sums[0], sums[7] / sums[2]);
    }
}
