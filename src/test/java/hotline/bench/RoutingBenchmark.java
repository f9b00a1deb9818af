package hotline.bench;

import hotline.Hotline;
import hotline.routing.internal.RouterWorkload;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.Locale;

/**
 * How many contacts per second does the router take, through its real decisions and its journal into PostgreSQL?
 * Not a test: a program run on demand (docs/performance.md, "Routing").
 *
 * <p>Starts Hotline on a throw-away embedded PostgreSQL, builds a router with 10,000 agents (5 of 50 skills each,
 * proficiency 1–5), 500 queues (one or two required skills, the strategies in turn) and routes contacts to random
 * queues as fast as one thread can: the arrival decision, the phones answering at once, and — with 80 % of the agents
 * talking — the longest call ending so its agent takes the next waiting contact. Every effect goes to the routing
 * journal, which writes contact records, agent states and history and the module events in batches. Prints contacts
 * routed per second (by the router, and with everything committed), the decision latencies and the heap used.
 *
 * <pre>bench/run RoutingBenchmark [contacts=200000] [agents=10000] [queues=500] [skills=50]</pre>
 */
public final class RoutingBenchmark {

    private RoutingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int queues = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int skills = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Hotline.class)
                .run("--hotline.db.mode=ephemeral", "--hotline.data-dir=target/bench-data", "--server.port=0",
                        "--server.address=127.0.0.1", "--hotline.db.pool-size=8", "--logging.level.root=WARN")) {
            var runtime = Runtime.getRuntime();
            long heapBefore = usedHeap(runtime);
            long setupStart = System.nanoTime();
            try (var workload = new RouterWorkload(context.getBean(JdbcTemplate.class),
                    context.getBean(TransactionTemplate.class), context,
                    agents, queues, skills, 0.8, 95598)) {
                long heapRouter = usedHeap(runtime) - heapBefore;
                System.out.printf(Locale.ROOT, "router built: %,d agents, %,d queues, %,d skills in %.1f s; "
                                + "heap for the router %.0f MB%n", agents, queues, skills,
                        (System.nanoTime() - setupStart) / 1e9, heapRouter / 1e6);
                var warm = workload.run(Math.max(1, contacts / 10));
                System.out.printf(Locale.ROOT, "warm-up: %,d contacts, %,.0f routed/s committed%n", warm.contacts(),
                        warm.contacts() / warm.committedSeconds());
                var f = workload.run(contacts);
                long heapEnd = usedHeap(runtime) - heapBefore;
                System.out.printf(Locale.ROOT, "%,d contacts: %,.0f routed/s by the router, %,.0f routed/s with "
                                + "everything committed (%.1f s; %,d journal entries, %,.0f entries/s)%n",
                        f.contacts(), f.contacts() / f.routerSeconds(), f.contacts() / f.committedSeconds(),
                        f.committedSeconds(), f.journalEntries(), f.journalEntries() / f.committedSeconds());
                System.out.println("arrival decision (enqueue, offer, answer, effects to the journal): "
                        + percentiles(f.arrivalNanos(), f.contacts()));
                System.out.println("freed agent (call ends, wrap-up over, next waiting contact offered): "
                        + percentiles(f.freedNanos(), f.freedCount()));
                System.out.printf(Locale.ROOT, "still waiting at the end: %,d; heap used with router and "
                        + "journal %.0f MB (max %.0f MB); %d processors, load average %.2f%n", f.waitingAtEnd(),
                        heapEnd / 1e6, runtime.maxMemory() / 1e6, runtime.availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static String percentiles(long[] nanos, int count) {
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.1f ms (n=%,d)",
                at(sorted, 50), at(sorted, 99), at(sorted, 99.9), sorted[count - 1] / 1e6, count);
    }

    private static double at(long[] sorted, double percentile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long usedHeap(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
