package hotline.bench;

import hotline.Hotline;
import hotline.customer.CustomerSummary;
import hotline.customer.Customers;
import hotline.identity.ApiTokens;
import hotline.identity.NewUser;
import hotline.identity.Users;
import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * How fast is caller identification with a big archive? Not a test: a program run on demand (docs/performance.md).
 *
 * <p>Starts Hotline on a throw-away embedded PostgreSQL, loads {@code -Dcustomers=1000000} customers with SQL (one
 * mobile number each, a landline for 30 %, an account and an address; secondary indexes are dropped during the load and
 * rebuilt after it, as a bulk import would), then times {@code Customers.identify} in one thread — 80 % known numbers
 * in mixed notations (+86, spaces, 0086), 20 % unknown — and the same through {@code GET /api/v1/customers?phone=}
 * with a bearer token. Prints p50 / p90 / p99 / max per path.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=hotline.bench.CustomerIdentificationBenchmark -Dcustomers=1000000</pre>
 */
public final class CustomerIdentificationBenchmark {

    static final int WARMUP = Integer.getInteger("warmup", 20_000);
    static final int CALLS = Integer.getInteger("calls", 100_000);
    static final int HTTP_CALLS = Integer.getInteger("httpCalls", 20_000);

    private CustomerIdentificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("customers", 1_000_000);
        // Command-line arguments outrank application.properties (default properties would not).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Hotline.class)
                .run("--hotline.db.mode=ephemeral", "--hotline.data-dir=target/bench-data", "--server.port=0",
                        "--server.address=127.0.0.1", "--hotline.db.pool-size=8", "--logging.level.root=WARN")) {
            var jdbc = context.getBean(JdbcClient.class);
            long loadStart = System.nanoTime();
            load(jdbc, customers);
            System.out.printf(Locale.ROOT, "loaded %,d customers in %.0f s%n", customers,
                    (System.nanoTime() - loadStart) / 1e9);

            System.out.println("plan of the identification query for a known number:");
            jdbc.sql("explain (analyze, buffers off, costs off, timing off, summary off) select * from customer.contact_point cp"
                            + " join customer.customer o on o.id = cp.customer_id where cp.channel = 'PHONE' and cp.normalized = ?")
                    .param(mobile(42)).query(String.class).list().forEach(line -> System.out.println("  " + line));

            var facade = context.getBean(Customers.class);
            var random = new SplittableRandom(95598);
            IntFunction<String> number = i -> caller(random, customers);
            long[] facadeNanos = SystemActor.call(() -> {
                run(WARMUP, i -> facade.identify(number.apply(i)));
                return run(CALLS, i -> facade.identify(number.apply(i)));
            });
            report("Customers.identify (facade, 1 thread)", facadeNanos);

            String token = SystemActor.call(() -> {
                var user = context.getBean(Users.class).create(new NewUser("bench-cti", "CTI", "Bench-pass-2026",
                        null, null, java.util.Set.of(Role.AGENT)));
                return context.getBean(ApiTokens.class).issue(user.id(), "bench", null).plainToken();
            });
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            IntFunction<Object> get = i -> {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/customers?phone="
                                + URLEncoder.encode(number.apply(i), StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token).GET().build();
                try {
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                    }
                    return response.body();
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            run(WARMUP / 4, get);
            report("GET /api/v1/customers?phone= (HTTP, bearer token, 1 client)", run(HTTP_CALLS, get));
            List<CustomerSummary> sample = SystemActor.call(() -> facade.identify("+86 " + mobile(42)));
            System.out.println("sample: +86 " + mobile(42) + " -> " + sample);
        }
    }

    /** A caller: 80 % a known mobile number in one of several notations, 20 % a number nobody has. */
    static String caller(SplittableRandom random, int customers) {
        if (random.nextInt(5) == 0) {
            return "170" + String.format("%08d", random.nextInt(100_000_000));
        }
        String mobile = mobile(1 + random.nextInt(customers));
        return switch (random.nextInt(4)) {
            case 0 -> mobile;
            case 1 -> "+86 " + mobile;
            case 2 -> "0086" + mobile;
            default -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        };
    }

    /** The mobile number of customer {@code g}, exactly as the load SQL computes it (7919 is coprime to 10^9). */
    static String mobile(long g) {
        return "1" + (3 + g % 7) + String.format("%09d", (g * 7919) % 1_000_000_000L);
    }

    static long[] run(int calls, IntFunction<?> call) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.apply(i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %,d calls  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.1f ms%n", what,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static void load(JdbcClient jdbc, int n) {
        var indexes = jdbc.sql("""
                        select indexname, indexdef from pg_indexes where schemaname = 'customer'
                        and indexname not in (select conname from pg_constraint)""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        indexes.forEach(index -> jdbc.sql("drop index customer." + index.getKey()).update());
        String surnames = "'{王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,林,罗,高}'::text[]";
        String given = "'{伟,芳,娜,秀英,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,霞,平}'::text[]";
        String districts = "'{浦东新区,黄浦区,徐汇区,长宁区,静安区,普陀区,虹口区,杨浦区,闵行区,宝山区}'::text[]";
        jdbc.sql("""
                insert into customer.customer (id, name, kind, created_at, created_by, updated_at)
                select g, (%s)[1 + g %% 20] || (%s)[1 + (g / 20) %% 20], 'PERSON', now(), 'bench', now()
                from generate_series(1, %d) g""".formatted(surnames, given, n)).update();
        jdbc.sql("select setval('customer.customer_id_seq', ?)").param(n).query(Long.class).single();
        jdbc.sql("""
                insert into customer.contact_point (customer_id, type, value, normalized, created_at, created_by)
                select g, 'MOBILE', m, m, now(), 'bench'
                from (select g, '1' || (3 + g %% 7) || lpad(((g::bigint * 7919) %% 1000000000)::text, 9, '0') as m
                      from generate_series(1, %d) g) s""".formatted(n)).update();
        jdbc.sql("""
                insert into customer.contact_point (customer_id, type, value, normalized, created_at, created_by)
                select g, 'PHONE', '021-' || l, '021' || l, now(), 'bench'
                from (select g, lpad(((g::bigint * 104729) %% 100000000)::text, 8, '0') as l
                      from generate_series(1, %d) g where g %% 10 < 3) s""".formatted(n)).update();
        jdbc.sql("""
                insert into customer.account (customer_id, number, type, address, created_at, created_by)
                select g, (1000000000 + g)::text, 'RESIDENTIAL', null, now(), 'bench' from generate_series(1, %d) g"""
                .formatted(n)).update();
        jdbc.sql("""
                insert into customer.address (customer_id, text, normalized, district, created_at, created_by)
                select g, a, a, d, now(), 'bench'
                from (select g, (%s)[1 + g %% 10] as d,
                             '上海市' || (%s)[1 + g %% 10] || '某某路' || (g %% 1500) || '弄' || (g %% 40) || '号' as a
                      from generate_series(1, %d) g) s""".formatted(districts, districts, n)).update();
        indexes.forEach(index -> jdbc.sql(index.getValue()).update());
        jdbc.sql("analyze").update();
    }
}
