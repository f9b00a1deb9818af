package hotline.bench;

import hotline.quality.InspectionHit;
import hotline.quality.inspection.InspectionWorkload;
import hotline.telephony.Transcript;
import hotline.telephony.Transcript.Segment;
import hotline.telephony.Transcript.Speaker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Automatic inspection over 100,000 transcripts (a program, not a test: see docs/performance.md). Each transcript is
 * a seeded, realistic utility-hotline call: the greeting (usually), the caller's problem in the words of the labelled
 * caller questions, the agent's answers taken from the demo knowledge base, an identity check and a closing (usually),
 * now and then a forbidden word, a long silence or a talk-over; 8 to 30 segments of 5 to 60 characters. The engine is
 * the listener's own (segmentation of every segment, the 8 default rules); no database, no audio.
 *
 * <p>Arguments: {@code [transcripts=100000] [threads=available processors]}. Prints transcripts per second, per
 * core, and how many hits each rule had.
 */
public final class InspectionBenchmark {

    private static final String[] GREETINGS = {"您好，很高兴为您服务，请问有什么可以帮您", "您好，95598，很高兴为您服务",
            "您好，请讲", "喂，你好"};
    private static final String[] IDENTITY = {"请提供一下您的户号", "麻烦您报一下户名和户号，我核实一下您的身份",
            "请问您的户号是多少", "好的，我核对一下您的信息"};
    private static final String[] ACCOUNTS = {"户号是三一零零一二三四五", "我的户号是3100012345", "户名是张伟，户号3100098765"};
    private static final String[] CLOSINGS = {"请问还有其他可以帮您的吗", "感谢您的来电，再见", "好的，感谢来电，祝您生活愉快",
            "那先这样吧"};
    private static final String[] RUDE = {"你是不是有病啊，说了多少遍了", "这个不归我们管，你找别人去", "你听不懂吗，我再说最后一遍"};
    private static final String[] FILLERS = {"好的", "嗯嗯，您说", "明白了", "请您稍等，我帮您查询一下", "是的", "对",
            "那我什么时候能来电", "好的谢谢", "还要多久啊", "能不能快一点"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        var workload = InspectionWorkload.defaultRules();
        var questions = new ArrayList<String>();
        for (String line : resource("knowledge/questions.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                questions.add(line.split("\t")[0]);
            }
        }
        var answers = new ArrayList<String>();
        JsonNode content = JsonMapper.builder().build().readTree(resource("knowledge/demo-articles.json"));
        content.get("articles").forEach(a -> Arrays.stream(a.get("body").asString().split("(?<=[。！？；])"))
                .map(String::strip).filter(s -> s.length() >= 5 && s.length() <= 60).forEach(answers::add));

        long started = System.nanoTime();
        var random = new Random(7);
        var transcripts = new Transcript[count];
        var holds = new double[count];
        long segments = 0;
        long characters = 0;
        for (int i = 0; i < count; i++) {
            transcripts[i] = call(random, questions, answers);
            holds[i] = random.nextDouble() < 0.1 ? 30 + random.nextInt(120) : 0;
            segments += transcripts[i].segments().size();
            for (var s : transcripts[i].segments()) {
                characters += s.text().length();
            }
        }
        System.out.printf("generated %,d transcripts (%,d segments, %,d characters, %.1f segments and %.0f characters"
                        + " each) in %.1f s; %d rules; %d threads on %d processors%n", count, segments, characters,
                segments / (double) count, characters / (double) count, (System.nanoTime() - started) / 1e9,
                workload.ruleCount(), threads, Runtime.getRuntime().availableProcessors());

        run(workload, transcripts, holds, Math.min(count, 20_000), threads, "warm-up", false);
        run(workload, transcripts, holds, count, 1, "1 thread", false);
        run(workload, transcripts, holds, count, threads, threads + " threads", true);
    }

    private static void run(InspectionWorkload workload, Transcript[] transcripts, double[] holds, int count,
                            int threads, String label, boolean tally) throws Exception {
        var next = new AtomicInteger();
        var cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var hitsByRule = new java.util.concurrent.ConcurrentHashMap<String, AtomicInteger>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    List<InspectionHit> hits = workload.inspect(transcripts[i], holds[i] > 0 ? holds[i] : null);
                    if (tally) {
                        for (var hit : hits) {
                            hitsByRule.computeIfAbsent(hit.ruleCode(), r -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        for (var f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        // CPU time is what the machine's other work cannot take away: transcripts per CPU-second is the figure to
        // compare across runs on a shared machine; wall-clock rates are lower bounds while others compete
        System.out.printf("%-10s %,9d transcripts in %6.2f s: %,8.0f transcripts/s (%,.0f per thread),"
                        + " %,.0f per CPU-second%n", label, count, seconds, count / seconds, count / seconds / threads,
                count / (cpuNanos.get() / 1e9));
        if (tally) {
            var sorted = new java.util.TreeMap<String, Integer>();
            hitsByRule.forEach((rule, n) -> sorted.put(rule, n.get()));
            System.out.println("hits by rule: " + sorted);
        }
    }

    /** One call: about a quarter of a second a character, short pauses, the occasional silence and talk-over. */
    private static Transcript call(Random random, List<String> questions, List<String> answers) {
        var lines = new ArrayList<String[]>();
        lines.add(new String[]{"A", random.nextDouble() < 0.9 ? pick(random, GREETINGS, 0, 3) : pick(random, GREETINGS, 3, 4)});
        lines.add(new String[]{"C", questions.get(random.nextInt(questions.size()))});
        if (random.nextDouble() < 0.8) {
            lines.add(new String[]{"A", IDENTITY[random.nextInt(IDENTITY.length)]});
            lines.add(new String[]{"C", ACCOUNTS[random.nextInt(ACCOUNTS.length)]});
        }
        int turns = 2 + random.nextInt(10);
        for (int t = 0; t < turns; t++) {
            if (random.nextDouble() < 0.02) {
                lines.add(new String[]{"A", RUDE[random.nextInt(RUDE.length)]});
            } else {
                lines.add(new String[]{"A", answers.get(random.nextInt(answers.size()))});
            }
            lines.add(new String[]{"C", random.nextDouble() < 0.5 ? FILLERS[random.nextInt(FILLERS.length)]
                    : questions.get(random.nextInt(questions.size()))});
        }
        lines.add(new String[]{"A", random.nextDouble() < 0.85 ? pick(random, CLOSINGS, 0, 3) : CLOSINGS[3]});
        var segments = new ArrayList<Segment>(lines.size());
        long at = 300;
        for (var line : lines) {
            long length = line[1].length() * (200L + random.nextInt(80));
            segments.add(new Segment(at, at + length, line[0].equals("A") ? Speaker.AGENT : Speaker.CALLER, line[1]));
            double roll = random.nextDouble();
            long gap = roll < 0.03 ? 11_000 + random.nextInt(10_000)          // a long silence
                    : roll < 0.10 ? -(1_000 + random.nextInt(2_500))          // the next speaker talks over
                    : 200 + random.nextInt(1_200);
            at = Math.max(at + 100, at + length + gap);
        }
        return new Transcript(UUID.randomUUID(), "bench", segments);
    }

    private static String pick(Random random, String[] values, int from, int to) {
        return values[from + random.nextInt(to - from)];
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = InspectionBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
