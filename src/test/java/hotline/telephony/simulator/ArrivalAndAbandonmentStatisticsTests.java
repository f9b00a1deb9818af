package hotline.telephony.simulator;

import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.LegEnded;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The simulator against queueing theory, each with one fixed seed so the run is the same every time. Tolerances are
 * four or more standard errors of the estimate (named in each test): a correct simulator passes with probability above
 * 99.99 % for a fresh seed, and with the fixed seed it passes always; a model error of a few percent fails.
 */
class ArrivalAndAbandonmentStatisticsTests {

    static final long SEED = 20260303L;

    /** 600 calls an hour for 200 hours: about 120 000 arrivals. */
    @Test
    void arrivalsAreAPoissonProcess() {
        double perHour = 600;
        var sim = new SimulatorHarness(SimulatorSettings.defaults(Path.of("target", "sim-recordings")), SEED);
        sim.start();
        var arrivals = new ArrayList<Instant>();
        sim.events().subscribe(CallOffered.class, offered -> arrivals.add(offered.at()));
        var start = sim.time().now();
        var traffic = new TrafficGenerator(sim.engine(), TrafficProfile.builder().constantRate(perHour).build(), SEED);
        traffic.start();
        sim.time().advanceBy(Duration.ofHours(200));
        traffic.stop();

        // The count is Poisson(μ): within 4σ = 4√μ.
        double mu = perHour * 200;
        assertThat((double) arrivals.size()).isCloseTo(mu, offset(4 * Math.sqrt(mu)));

        // The gaps are exponential with rate λ: the Kolmogorov–Smirnov distance stays under 1.63/√n (α = 1 %).
        double lambda = perHour / 3600;
        var gaps = new double[arrivals.size() - 1];
        for (int i = 1; i < arrivals.size(); i++) {
            gaps[i - 1] = Duration.between(arrivals.get(i - 1), arrivals.get(i)).toNanos() / 1e9;
        }
        java.util.Arrays.sort(gaps);
        double d = 0;
        for (int i = 0; i < gaps.length; i++) {
            double f = 1 - Math.exp(-lambda * gaps[i]);
            d = Math.max(d, Math.max(Math.abs(f - (double) i / gaps.length), Math.abs(f - (i + 1.0) / gaps.length)));
        }
        assertThat(d).isLessThan(1.63 / Math.sqrt(gaps.length));

        // Counts per minute are as dispersed as a Poisson's: variance/mean = 1. With k windows of mean m the ratio's
        // standard error is √((2 + 1/m)/k) ≈ 0.013 for k = 12 000, m = 10; allow 0.06.
        var perMinute = new int[(int) Duration.ofHours(200).toMinutes()];
        for (var at : arrivals) {
            int minute = (int) Duration.between(start, at).toMinutes();
            if (minute < perMinute.length) {
                perMinute[minute]++;
            }
        }
        double mean = java.util.Arrays.stream(perMinute).average().orElseThrow();
        double variance = java.util.Arrays.stream(perMinute).mapToDouble(c -> (c - mean) * (c - mean)).sum()
                / (perMinute.length - 1);
        assertThat(variance / mean).isCloseTo(1.0, offset(0.06));
    }

    /**
     * Exponential patience θ = 60 s, every caller served after exactly W = 45 s if still there: a caller abandons iff
     * patience < W, so P(abandon) = 1 − e^(−W/θ) = 0.5276, and abandoners waited on average
     * θ − W·e^(−W/θ)/(1 − e^(−W/θ)) = 19.71 s.
     */
    @Test
    void exponentialPatienceAbandonsAsErlangAPredicts() {
        double theta = 60;
        double w = 45;
        var result = serveEveryCallerAfter(Duration.ofSeconds(45), Distribution.exponential(Duration.ofSeconds(60)));
        double p = 1 - Math.exp(-w / theta);
        // standard error √(p(1−p)/n) ≈ 0.0065 for n ≈ 6 000: allow 4 of them
        assertThat(result.abandonShare()).isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / result.offered())));
        double meanWait = theta - w * Math.exp(-w / theta) / p;
        // the waits lie in [0, W], so their standard deviation is at most W/2: allow 4 standard errors of that bound
        assertThat(result.meanAbandonWait()).isCloseTo(meanWait, offset(4 * (w / 2) / Math.sqrt(result.abandoned())));
    }

    /** Lognormal patience (mean 60 s, sd 40 s), served after 45 s: P(abandon) = Φ((ln W − μ)/σ) = 0.432. */
    @Test
    void lognormalPatienceAbandonsAsItsDistributionSays() {
        double sigma2 = Math.log(1 + (40.0 * 40) / (60.0 * 60));
        double mu = Math.log(60) - sigma2 / 2;
        double p = normalCdf((Math.log(45) - mu) / Math.sqrt(sigma2));
        var result = serveEveryCallerAfter(Duration.ofSeconds(45),
                Distribution.lognormal(Duration.ofSeconds(60), Duration.ofSeconds(40)));
        assertThat(result.abandonShare()).isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / result.offered())));
    }

    record Abandonment(int offered, int abandoned, double meanAbandonWait) {
        double abandonShare() {
            return (double) abandoned / offered;
        }
    }

    /**
     * 600 calls an hour for 10 hours; the test answers each offered call at once (the caller's patience keeps
     * running: nothing happens on the line) and hangs up, as "served", those still there after {@code wait}.
     */
    private static Abandonment serveEveryCallerAfter(Duration wait, Distribution patience) {
        var sim = new SimulatorHarness(SimulatorSettings.defaults(Path.of("target", "sim-recordings")), SEED);
        sim.start();
        Map<LegId, Instant> offeredAt = new HashMap<>();
        Set<LegId> served = new HashSet<>();
        List<Double> abandonWaits = new ArrayList<>();
        var telephony = sim.telephony();
        sim.events().subscribe(CallOffered.class, offered -> {
            offeredAt.put(offered.leg(), offered.at());
            telephony.answer(offered.leg());
            sim.time().schedule(wait, () -> {
                if (offeredAt.containsKey(offered.leg()) && served.add(offered.leg())) {
                    telephony.hangup(offered.leg(), HangupCause.NORMAL_CLEARING);
                }
            });
        });
        sim.events().subscribe(LegEnded.class, ended -> {
            var since = offeredAt.remove(ended.leg());
            if (since != null && !served.contains(ended.leg())) {
                abandonWaits.add(Duration.between(since, ended.at()).toNanos() / 1e9);
            }
        });
        var profile = TrafficProfile.builder().constantRate(600).patience(patience).build();
        var traffic = new TrafficGenerator(sim.engine(), profile, SEED);
        traffic.start();
        sim.time().advanceBy(Duration.ofHours(10));
        traffic.stop();
        sim.time().advanceBy(Duration.ofHours(1));
        assertThat(offeredAt).as("calls still open").isEmpty();
        int offered = (int) traffic.offered();
        assertThat(served.size() + abandonWaits.size()).isEqualTo(offered);
        return new Abandonment(offered, abandonWaits.size(),
                abandonWaits.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /** Φ by Abramowitz and Stegun 7.1.26 (error below 1.5·10⁻⁷). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-x * x);
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
