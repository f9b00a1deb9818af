package hotline.routing.internal;

import hotline.organization.Channel;
import hotline.routing.AgentState;
import hotline.routing.Strategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Drives the real {@link Router} and {@link RoutingJournal} the way the engine does, without the telephone switch, for
 * {@code hotline.bench.RoutingBenchmark}: this thread is the router's single writer, every decision's effects go to
 * the journal, which writes them to PostgreSQL on its own thread. Phones answer at once; once more than
 * {@code busyShare} of the agents talk, the longest call ends and its agent's wrap-up is over, so freed agents take
 * the contacts waiting for them (those decisions are timed too). Not a test.
 */
public final class RouterWorkload implements AutoCloseable {

    public record Figures(int contacts, double routerSeconds, double committedSeconds, long[] arrivalNanos,
                          long[] freedNanos, int freedCount, int waitingAtEnd, long journalEntries) {
    }

    private final Router router = new Router(new RouterCounters(ZoneOffset.ofHours(8)));
    private final RoutingJournal journal;
    private final SplittableRandom random;
    private final int queues;
    private final int busyTarget;
    private final ArrayDeque<RContact> talking = new ArrayDeque<>();
    private Instant now = Instant.parse("2026-03-02T01:00:00Z");

    public RouterWorkload(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                          int agents, int queues, int skills, double busyShare, long seed) {
        this.journal = new RoutingJournal(jdbc, transactions, events);
        this.random = new SplittableRandom(seed);
        this.queues = queues;
        this.busyTarget = (int) (agents * busyShare);
        var strategies = Strategy.values();
        for (int q = 0; q < queues; q++) {
            var required = new HashMap<String, Integer>();
            required.put(skill(random.nextInt(skills)), 1 + random.nextInt(3));
            if (q % 5 >= 3) {                                       // 40 % of the queues need two skills
                required.put(skill(random.nextInt(skills)), 1 + random.nextInt(2));
            }
            var strategy = strategies[q % strategies.length] == Strategy.RING_ALL ? Strategy.LONGEST_IDLE
                    : strategies[q % strategies.length];            // ring-all rings many phones: not for 10,000
            router.defineQueue(new QueueRules(q + 1, "Q%03d".formatted(q), Channel.VOICE, required,
                    q % 10 == 0 ? 1 : 0, strategy, 20, Duration.ofSeconds(30), 1, null, null, false,
                    Duration.ofSeconds(30), Duration.ofSeconds(15)), now);
        }
        for (int a = 1; a <= agents; a++) {
            var has = new HashMap<String, Integer>();
            while (has.size() < 5) {
                has.put(skill(random.nextInt(skills)), 1 + random.nextInt(5));
            }
            router.upsertAgent(a, "agent" + a, has, now);
            router.request(a, AgentState.READY, null, now);
        }
        settle();
        journal.flush();
    }

    private static String skill(int i) {
        return "skill%02d".formatted(i);
    }

    /** Routes {@code contacts} arrivals as fast as this thread can; the figures include the journal's commit. */
    public Figures run(int contacts) {
        var arrival = new long[contacts];
        var freed = new long[contacts * 2];
        int freedCount = 0;
        long entriesBefore = journal.handedIn();
        long start = System.nanoTime();
        for (int i = 0; i < contacts; i++) {
            now = now.plusMillis(1);
            long t0 = System.nanoTime();
            router.enqueue(new Router.Arrival(null, Channel.VOICE, "Q%03d".formatted(random.nextInt(queues)), null,
                    null, "1380000" + (1000 + random.nextInt(9000)), "95598", random.nextInt(20) == 0 ? 1 : 0, null,
                    null), now);
            settle();
            arrival[i] = System.nanoTime() - t0;
            while (talking.size() > busyTarget && freedCount < freed.length) {
                var done = talking.poll();
                long t1 = System.nanoTime();
                long agent = done.agent.id;
                router.customerLeft(done.id, now);
                router.wrapUpOver(agent, now);
                settle();
                freed[freedCount++] = System.nanoTime() - t1;
            }
        }
        double routerSeconds = (System.nanoTime() - start) / 1e9;
        journal.flush();
        double committedSeconds = (System.nanoTime() - start) / 1e9;
        int waiting = 0;
        for (var queue : router.queues()) {
            waiting += queue.waiting.size();
        }
        return new Figures(contacts, routerSeconds, committedSeconds, arrival, freed, freedCount, waiting,
                journal.handedIn() - entriesBefore);
    }

    /** Carries the effects out as the engine would: journal entries handed in, every ringing phone answers. */
    private void settle() {
        var effects = router.drain();
        while (!effects.isEmpty()) {
            var entries = new ArrayList<Object>(effects.size());
            List<Effect.Offer> offers = new ArrayList<>();
            for (var effect : effects) {
                var entry = RoutingJournal.entryOf(effect);
                if (entry != null) {
                    entries.add(entry);
                }
                if (effect instanceof Effect.Offer offer) {
                    offers.add(offer);
                }
            }
            journal.append(entries);
            for (var offer : offers) {
                if (router.answered(offer.contact().id, offer.agent().id, now)) {
                    talking.add(offer.contact());
                }
            }
            effects = router.drain();
        }
    }

    @Override
    public void close() {
        journal.close();
    }
}
