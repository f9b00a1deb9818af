package hotline.bench;

import hotline.Hotline;
import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.workorder.CallbackResult;
import hotline.workorder.Commands;
import hotline.workorder.LoopFixture;
import hotline.workorder.Satisfaction;
import hotline.workorder.WorkOrderFilter;
import hotline.workorder.WorkOrderQueries;
import hotline.workorder.WorkOrders;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work-order throughput and list latency on the real stack: the facade, its transactions, audit, notifications and
 * events, against the embedded PostgreSQL with production durability (synchronous commit, fsync) in a fresh data
 * directory.
 *
 * <ol>
 *   <li>Baseline: single-row inserts, each its own committed transaction, with the same threads.</li>
 *   <li>Full lifecycles through the service layer: accept + dispatch, sign off, reply, callback, archive.</li>
 *   <li>1 million work orders loaded, then the boards and filtered lists the console runs, as the roles that run them.</li>
 * </ol>
 * Run: {@code bench/run WorkOrderBenchmark [lifecycles=4000] [threads=8] [orders=1000000] [type=COMPLAINT]}; the
 * type must be one whose loop has a callback (COMPLAINT, REPAIR, SUGGESTION, HELP, SERVICE_REQUEST).
 */
public final class WorkOrderBenchmark {

    public static void main(String[] args) throws Exception {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int bulk = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        // complaints by default: every module's listener wants them (quality samples complaints, incidents count them)
        var type = args.length > 3 ? hotline.workorder.WorkOrderType.valueOf(args[3])
                : hotline.workorder.WorkOrderType.COMPLAINT;
        var data = Files.createTempDirectory("hotline-bench");
        ConfigurableApplicationContext context = new SpringApplication(Hotline.class).run(
                "--hotline.data-dir=" + data, "--server.port=0", "--logging.level.root=WARN",
                "--hotline.db.pool-size=" + (threads + 4), "--hotline.workorder.sweep-interval=PT1H");
        try {
            var jdbc = context.getBean(JdbcClient.class);
            var orders = context.getBean(WorkOrders.class);
            var queries = context.getBean(WorkOrderQueries.class);
            var f = new LoopFixture(context.getBean(Users.class), context.getBean(Departments.class),
                    context.getBean(Teams.class));

            System.out.printf("Work-order benchmark: %d %s lifecycles on %d threads, %d orders for list queries, %d cores%n",
                    lifecycles, type, threads, bulk, Runtime.getRuntime().availableProcessors());

            // warm up the JIT and the caches on both paths
            runLifecycles(orders, f, type, 200, threads, new LinkedHashMap<>());
            baseline(jdbc, 2000, threads);

            double insertsPerSecond = baseline(jdbc, 20_000, threads);
            var latencies = new LinkedHashMap<String, Percentiles>();
            Thread.sleep(1000);
            var before = DatabaseWork.snapshot(jdbc);
            long jvmCpu = Cpu.jvm();
            long databaseCpu = Cpu.database();
            long start = System.nanoTime();
            runLifecycles(orders, f, type, lifecycles, threads, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            jvmCpu = Cpu.jvm() - jvmCpu;
            databaseCpu = Cpu.database() - databaseCpu;
            // let the asynchronous listeners finish what the lifecycles started before counting their work
            Thread.sleep(3000);
            var work = DatabaseWork.snapshot(jdbc).minus(before);
            double perSecond = lifecycles / seconds;
            System.out.printf("%nBaseline: %.0f single-row inserts/s (one committed transaction each)%n", insertsPerSecond);
            System.out.printf("Lifecycles: %.0f full lifecycles/s (%d in %.1f s) = %.0f transitions/s%n",
                    perSecond, lifecycles, seconds, perSecond * 5);
            System.out.printf("Ratio: one lifecycle costs as much as %.1f raw inserts (transitions/s to inserts/s: %.2f)%n",
                    insertsPerSecond / perSecond, perSecond * 5 / insertsPerSecond);
            latencies.forEach((name, p) -> System.out.printf("  %-26s %s%n", name, p.summary()));
            System.out.printf("CPU per lifecycle: Hotline %.1f ms, PostgreSQL %.1f ms%n",
                    jvmCpu / 1e6 / lifecycles, databaseCpu / 1e6 / lifecycles);
            work.print(lifecycles);

            System.out.printf("%nLoading %,d work orders …%n", bulk);
            long loadStart = System.nanoTime();
            BulkOrders.load(jdbc, bulk, f);
            System.out.printf("loaded in %.0f s%n", (System.nanoTime() - loadStart) / 1e9);
            listQueries(queries, f);
        } finally {
            context.close();
        }
    }

    static double baseline(JdbcClient jdbc, int rows, int threads) throws InterruptedException {
        jdbc.sql("create table if not exists public.bench_insert (id bigserial primary key, payload text, at timestamptz)")
                .update();
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (next.incrementAndGet() <= rows) {
                    jdbc.sql("insert into public.bench_insert (payload, at) values (?, now())")
                            .param("工单受理内容 payload").update();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    static void runLifecycles(WorkOrders orders, LoopFixture f, hotline.workorder.WorkOrderType type, int count,
                              int threads, Map<String, Percentiles> latencies) throws InterruptedException {
        for (String step : List.of("accept + dispatch", "sign-off", "reply", "callback", "archive")) {
            latencies.putIfAbsent(step, new Percentiles());
        }
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.incrementAndGet()) <= count) {
                    try {
                        String phone = "139" + String.format("%08d", i);
                        var o = timed(latencies.get("accept + dispatch"), f.agent,
                                () -> orders.accept(f.order(type, phone, f.departmentId)));
                        var s = timed(latencies.get("sign-off"), f.staff,
                                () -> orders.signOff(o.id(), new Commands.Versioned(o.version())));
                        var r = timed(latencies.get("reply"), f.staff,
                                () -> orders.reply(o.id(), new Commands.Reply(s.version(), "已核实处理，电表正常。")));
                        var c = timed(latencies.get("callback"), f.agent, () -> orders.callback(o.id(),
                                new Commands.Callback(r.version(), CallbackResult.REACHED, Satisfaction.SATISFIED, "满意")));
                        timed(latencies.get("archive"), f.agent,
                                () -> orders.archive(o.id(), new Commands.Versioned(c.version())));
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            e.printStackTrace();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        if (failures.get() > 0) {
            System.out.println("FAILED lifecycles: " + failures.get());
        }
    }

    static <T> T timed(Percentiles p, Actor actor, Supplier<T> work) {
        long start = System.nanoTime();
        T result = SystemActor.callAs(actor, work);
        p.add(System.nanoTime() - start);
        return result;
    }

    static void listQueries(WorkOrderQueries queries, LoopFixture f) throws Exception {
        var cases = new LinkedHashMap<String, Callable<Object>>();
        cases.put("overdue board (supervisor)", () -> SystemActor.callAs(f.supervisor,
                () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.OVERDUE))));
        cases.put("due-soon board (lead)", () -> SystemActor.callAs(f.lead,
                () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.DUE_SOON))));
        cases.put("department inbox (staff)", () -> SystemActor.callAs(f.staff,
                () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.INBOX))));
        cases.put("my orders (agent)", () -> SystemActor.callAs(f.agent,
                () -> queries.list(WorkOrderFilter.of(WorkOrderFilter.View.MINE))));
        cases.put("filtered: type+status+dates", () -> SystemActor.callAs(f.supervisor, () -> queries.list(
                new WorkOrderFilter(WorkOrderFilter.View.ALL, java.util.Set.of(hotline.workorder.Status.DISPATCHED),
                        hotline.workorder.WorkOrderType.REPAIR, null, null, java.time.LocalDate.now().minusDays(30),
                        java.time.LocalDate.now(), null, null, null, null, null, 0, 50))));
        cases.put("filtered: department+text", () -> SystemActor.callAs(f.supervisor, () -> queries.list(
                new WorkOrderFilter(WorkOrderFilter.View.ALL, null, null, null, f.departmentId, null, null, null, null,
                        "跳闸", null, null, 0, 50))));
        cases.put("by customer phone (agent)", () -> SystemActor.callAs(f.agent, () -> queries.list(
                new WorkOrderFilter(WorkOrderFilter.View.ALL, null, null, null, null, null, null, null, "13912345678",
                        null, null, null, 0, 50))));
        cases.put("board counts (supervisor)", () -> SystemActor.callAs(f.supervisor, queries::counts));
        // the operations report's work-order figures for a month (ADR 0094): grouped counts over the month's orders
        var monthStart = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        cases.put("report figures, a month (supervisor)", () -> SystemActor.callAs(f.supervisor,
                () -> queries.figures(monthStart, java.time.Instant.now())));
        System.out.println("\nList queries over the loaded orders (200 runs each after 20 warm-up runs):");
        for (var entry : cases.entrySet()) {
            var p = new Percentiles();
            for (int i = 0; i < 220; i++) {
                long start = System.nanoTime();
                entry.getValue().call();
                if (i >= 20) {
                    p.add(System.nanoTime() - start);
                }
            }
            System.out.printf("  %-32s %s%n", entry.getKey(), p.summary());
        }
    }

    /** CPU time of this JVM and of the PostgreSQL server's processes, in nanoseconds. */
    static final class Cpu {

        static long jvm() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        static long database() {
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                    .sum();
        }

        private Cpu() {
        }
    }

    /** What the database did, from its cumulative statistics: commits and rows written per table. */
    record DatabaseWork(long commits, Map<String, long[]> tables) {

        static DatabaseWork snapshot(JdbcClient jdbc) {
            jdbc.sql("select pg_stat_force_next_flush()").query().singleRow();
            long commits = jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
                    .query(Long.class).single();
            var tables = new java.util.TreeMap<String, long[]>();
            jdbc.sql("select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")
                    .query((rs, n) -> tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                    .list();
            return new DatabaseWork(commits, tables);
        }

        DatabaseWork minus(DatabaseWork earlier) {
            var delta = new java.util.TreeMap<String, long[]>();
            tables.forEach((table, now) -> {
                long[] then = earlier.tables.getOrDefault(table, new long[3]);
                long[] d = {now[0] - then[0], now[1] - then[1], now[2] - then[2]};
                if (d[0] + d[1] + d[2] > 0) {
                    delta.put(table, d);
                }
            });
            return new DatabaseWork(commits - earlier.commits, delta);
        }

        void print(int lifecycles) {
            System.out.printf("Database work per lifecycle: %.1f commits (all connections, listeners included)%n",
                    (double) commits / lifecycles);
            tables.forEach((table, d) -> System.out.printf("  %-44s %5.1f inserted %5.1f updated %5.1f deleted%n",
                    table, (double) d[0] / lifecycles, (double) d[1] / lifecycles, (double) d[2] / lifecycles));
        }
    }

    private WorkOrderBenchmark() {
    }

}
