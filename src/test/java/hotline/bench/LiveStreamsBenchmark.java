package hotline.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Holds many open wallboard and agent-desktop event streams while the simulator storms the demo center, and measures
 * how late the live events arrive. Not a test: a program run on demand (docs/performance.md, "Live wallboard").
 *
 * <p>Starts Hotline in demo mode as a separate process (so the server's memory is its own) with the simulator placing
 * {@code rate} calls a second on a flat curve, signs in the supervisor and the twenty demo agents, opens half the
 * streams on the wallboard (queue figures and every agent) and half on the agents' desktops, lets them run for a
 * warm-up and then counts for {@code seconds}. Every event carries the time the server published it ({@code sentAt})
 * and the time the projector last looked before the change ({@code changedAfter}): the program prints publish →
 * delivery and change → delivery (an upper bound: the change happened at most one tick after that look) as p50 / p99,
 * events per second, the streams told to refresh (their queue overflowed), and the server's heap and resident memory.
 *
 * <pre>bench/run LiveStreamsBenchmark [streams=1000] [rate=200] [seconds=60] [serverHeap=2g]</pre>
 */
public final class LiveStreamsBenchmark {

    private static final Pattern STREAM = Pattern.compile("data-stream=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SENT = Pattern.compile("\"sentAt\":(\\d+),\"changedAfter\":(\\d+)");

    private static volatile boolean measuring;
    private static final Percentiles PUBLISH_TO_DELIVERY = new Percentiles();
    private static final Percentiles CHANGE_TO_DELIVERY = new Percentiles();
    private static final AtomicLong EVENTS = new AtomicLong();
    private static final AtomicLong REFRESHES = new AtomicLong();
    private static final AtomicLong OPEN = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();

    private LiveStreamsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int streams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String heap = args.length > 3 ? args[3] : "2g";
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var data = Files.createTempDirectory("hotline-live-bench");
        var server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "hotline.Hotline",
                "--hotline.demo=true", "--server.port=" + port, "--hotline.data-dir=" + data,
                "--hotline.simulator.traffic.enabled=true", "--hotline.simulator.traffic.curve=flat",
                "--hotline.simulator.traffic.min-calls-per-minute=" + rate * 60,
                "--hotline.simulator.traffic.max-calls-per-minute=" + rate * 60,
                "--logging.level.root=WARN", "--logging.level.hotline=WARN")
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        var base = "http://127.0.0.1:" + port;
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            long started = System.nanoTime();
            waitUntilUp(http, base, server);
            System.out.printf(Locale.ROOT, "server up in %.0f s (demo center, simulator at %d calls/s, -Xmx%s); "
                    + "%d cores%n", (System.nanoTime() - started) / 1e9, rate, heap,
                    Runtime.getRuntime().availableProcessors());

            var supervisor = signIn(http, base, "supervisor");
            var wallboard = streamOf(http, base, supervisor, "/wallboard");
            var agents = new ArrayList<String[]>();
            for (int i = 1; i <= 20; i++) {
                var cookie = signIn(http, base, "agent" + i);
                agents.add(new String[]{cookie, streamOf(http, base, cookie, "/desk")});
            }
            for (int i = 0; i < streams; i++) {
                if (i % 2 == 0) {
                    open(http, base + wallboard, supervisor);
                } else {
                    var agent = agents.get(i / 2 % agents.size());
                    open(http, base + agent[1], agent[0]);
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (OPEN.get() + FAILED.get() < streams && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            System.out.printf("streams open: %d (%d failed); %d wallboard, %d desktop%n", OPEN.get(), FAILED.get(),
                    (streams + 1) / 2, streams / 2);
            Thread.sleep(10_000);                                   // warm-up
            long offered0 = offeredToday(http, base);
            measuring = true;
            long events0 = EVENTS.get();
            Thread.sleep(seconds * 1000L);
            measuring = false;
            long events = EVENTS.get() - events0;
            long offered = offeredToday(http, base) - offered0;
            System.out.printf(Locale.ROOT, "contacts offered to the queues meanwhile: %,d (%,.0f/s; callers still in "
                    + "the IVR or hanging up there are not counted)%n", offered, offered / (double) seconds);
            System.out.printf(Locale.ROOT, "%d s measured: %,d events delivered (%,.0f/s over %d streams), "
                    + "%d refresh notices%n", seconds, events, events / (double) seconds, OPEN.get(), REFRESHES.get());
            System.out.println("publish -> delivery:          " + PUBLISH_TO_DELIVERY.summary());
            System.out.println("change -> delivery (at most): " + CHANGE_TO_DELIVERY.summary());
            System.out.println("server: " + memory(http, base, server));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Contacts offered to every queue today, from routing's live figures (the API takes Basic, not the session). */
    private static long offeredToday(HttpClient http, String base) throws Exception {
        var basic = "Basic " + Base64.getEncoder().encodeToString("supervisor:hotline".getBytes(StandardCharsets.UTF_8));
        var queues = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/queues")).header("Authorization", basic)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        long total = 0;
        var ids = Pattern.compile("\\{\"id\":(\\d+)").matcher(queues);
        while (ids.find()) {
            var live = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/queues/" + ids.group(1) + "/live"))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).body();
            var offered = Pattern.compile("\"offeredToday\":(\\d+)").matcher(live);
            if (offered.find()) {
                total += Long.parseLong(offered.group(1));
            }
        }
        return total;
    }

    private static void waitUntilUp(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see its log");
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not start within 5 minutes");
    }

    /** Form sign-in; answers the session cookie. */
    private static String signIn(HttpClient http, String base, String user) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        var form = "username=" + user + "&password=hotline&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + answer.statusCode());
        }
        return cookie(answer);
    }

    private static String cookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /** The live stream a page follows (its data-stream attribute). */
    private static String streamOf(HttpClient http, String base, String cookie, String path) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        var stream = STREAM.matcher(page.body());
        if (page.statusCode() != 200 || !stream.find()) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + " without a stream");
        }
        return stream.group(1).replace("&amp;", "&");
    }

    private static void open(HttpClient http, String url, String cookie) {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Accept", "text/event-stream").build();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Events()))
                .whenComplete((answer, failure) -> {
                    if (failure != null || answer.statusCode() != 200) {
                        FAILED.incrementAndGet();
                    }
                });
    }

    /** Reads one stream line by line: every data line with a sentAt is one delivered event. */
    private static final class Events implements Flow.Subscriber<String> {
        private boolean opened;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!opened) {
                opened = true;
                OPEN.incrementAndGet();
            }
            if (line.startsWith("event:refresh")) {
                REFRESHES.incrementAndGet();
            } else if (line.startsWith("data:")) {
                var sent = SENT.matcher(line);
                if (sent.find() && measuring) {
                    long now = System.currentTimeMillis();
                    PUBLISH_TO_DELIVERY.add(Math.max(0, now - Long.parseLong(sent.group(1))) * 1_000_000L);
                    CHANGE_TO_DELIVERY.add(Math.max(0, now - Long.parseLong(sent.group(2))) * 1_000_000L);
                    EVENTS.incrementAndGet();
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            FAILED.incrementAndGet();
        }

        @Override
        public void onComplete() {
        }
    }

    /** Heap used from the server's own metrics (as the administrator) and its resident memory from the OS. */
    private static String memory(HttpClient http, String base, Process server) throws Exception {
        var basic = Base64.getEncoder().encodeToString("admin:hotline".getBytes(StandardCharsets.UTF_8));
        var metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        double heap = 0;
        for (var line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        String rss = "?";
        var status = Path.of("/proc", Long.toString(server.pid()), "status");
        if (Files.exists(status)) {
            rss = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D+", "")).findFirst().map(kb -> Long.parseLong(kb) / 1024 + " MB")
                    .orElse("?");
        }
        return String.format(Locale.ROOT, "heap used %.0f MB, resident %s, live streams counted by the client %d",
                heap / 1e6, rss, OPEN.get() - FAILED.get());
    }

}
