package hotline.telephony.simulator;

import hotline.telephony.Timekeeper;
import hotline.telephony.Timekeeper.Scheduled;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Places the profile's calls on a {@link SimulatedEngine}. Arrivals form a non-homogeneous Poisson process with a
 * piecewise-constant rate: within an interval the gap to the next call is exponential with the interval's rate; a gap
 * that crosses the interval's end is discarded and drawing restarts at the boundary with the next rate, which is exact
 * because the exponential distribution is memoryless. Arrival times, caller numbers and each caller's behaviour come
 * from separate streams split off one seed, so changing, say, patience does not move the arrivals.
 */
public final class TrafficGenerator {

    private final SimulatedEngine engine;
    private final Timekeeper time;
    private final TrafficProfile profile;
    private final SplittableRandom arrivals;
    private final SplittableRandom callers;
    private final Supplier<String> callerNumbers;
    private final AtomicLong offered = new AtomicLong();
    private Scheduled next = Scheduled.NONE;
    private volatile boolean running;

    public TrafficGenerator(SimulatedEngine engine, TrafficProfile profile, long seed) {
        this.engine = engine;
        this.time = engine.timekeeper();
        this.profile = profile;
        var root = new SplittableRandom(seed);
        this.arrivals = root.split();
        this.callers = root.split();
        var numbers = root.split();
        this.callerNumbers = profile.callerNumbers() != null ? profile.callerNumbers() : CallerNumbers.mobile(numbers);
    }

    /** Starts placing calls from now on. */
    public void start() {
        time.execute(() -> {
            if (!running) {
                running = true;
                scheduleNext();
            }
        });
    }

    /** Stops placing calls; calls under way go on. */
    public void stop() {
        time.execute(() -> {
            running = false;
            next.cancel();
        });
    }

    public boolean running() {
        return running;
    }

    /** Calls placed so far. */
    public long offered() {
        return offered.get();
    }

    private void scheduleNext() {
        Instant at = nextArrival(time.now());
        if (at == null) {
            running = false;
            return;
        }
        next = time.schedule(Duration.between(time.now(), at), this::arrive);
    }

    /** The next arrival after {@code from}, or null if the profile's rate is zero all day. */
    Instant nextArrival(Instant from) {
        Instant t = from;
        int intervals = profile.callsPerHour().size();
        for (int empty = 0; empty <= intervals; ) {
            double rate = profile.ratePerSecond(t);
            Instant end = profile.intervalEnd(t);
            if (rate > 0) {
                empty = 0;
                Instant candidate = t.plus(Distribution.seconds(arrivals.nextExponential() / rate));
                if (candidate.isBefore(end)) {
                    return candidate;
                }
            } else {
                empty++;
            }
            t = end;
        }
        return null;
    }

    private void arrive() {
        if (!running) {
            return;
        }
        offered.incrementAndGet();
        var callerRandom = callers.split();
        var caller = new SimulatedCaller(engine, profile, callerRandom);
        String called = TrafficProfile.pick(profile.calledNumbers(), callerRandom);
        engine.placeCall(callerNumbers.get(), called, profile.trunk(), Map.of("simulated", "true"), caller);
        scheduleNext();
    }
}
