package hotline.bench;

import hotline.telephony.HangupCause;
import hotline.telephony.LegId;
import hotline.telephony.Playback;
import hotline.telephony.Prompt;
import hotline.telephony.RecordingOptions;
import hotline.telephony.TelephonyEvent.Answered;
import hotline.telephony.TelephonyEvent.CallOffered;
import hotline.telephony.TelephonyEvent.HungUp;
import hotline.telephony.Timekeeper;
import hotline.telephony.sip.SipSettings;
import hotline.telephony.sip.SipTelephony;
import hotline.telephony.support.EventBus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the SIP adapter from sipp (not a test; run on demand, see docs/performance.md § Telephony). sipp calls in at
 * {@code rate} calls a second, each caller streaming G.711 audio for {@code hold} seconds before it hangs up; Hotline
 * answers every call, plays looping music to it and records it in stereo, so every call has media both ways through
 * the Java media clock. Prints call setups per second, the most calls held at once with media, failed calls (sipp's
 * and Hotline's view), INVITE→200 times and the JVM's CPU use.
 *
 * <pre>
 * nice bench/run SipLoadBenchmark 20 600 5      # rate, calls, seconds each caller talks
 * </pre>
 */
public final class SipLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            run(args);
            status = 0;
        } finally {
            System.exit(status); // JAIN-SIP's threads are not daemons
        }
    }

    private static void run(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int hold = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean record = !Boolean.getBoolean("norecord");
        var dir = Files.createTempDirectory("sip-load");
        int port = freeUdpPort();
        run(dir, "sox", "-n", "-r", "8000", "-c", "1", "-t", "raw", "-e", "mu-law",
                dir.resolve("caller.ulaw").toString(), "synth", String.valueOf(hold + 2), "sine", "300-3000");
        Files.createDirectories(dir.resolve("sounds/moh"));
        run(dir, "sox", "-n", "-r", "8000", "-c", "1", "-b", "16", dir.resolve("sounds/moh/bench.wav").toString(),
                "synth", "3", "sine", "440", "vol", "0.3");

        var bus = new EventBus();
        var time = Timekeeper.realTime(Clock.systemUTC(), work -> {
            var thread = new Thread(work, "telephony-sip-bench");
            thread.setDaemon(true);
            return thread;
        });
        var sip = new SipTelephony(new SipSettings("127.0.0.1", port, "hotline.bench", dir.resolve("sounds"),
                dir.resolve("recordings"), Prompt.file("moh/bench")), (user, realm) -> Optional.empty(), bus, time);
        var offered = new AtomicInteger();
        var answered = new AtomicInteger();
        var ended = new AtomicInteger();
        var abnormal = new AtomicInteger();
        var firstAnswer = new AtomicLong();
        var lastAnswer = new AtomicLong();
        var live = ConcurrentHashMap.<LegId>newKeySet();
        bus.subscribe(event -> {
            if (event instanceof CallOffered o) {
                offered.incrementAndGet();
                live.add(o.leg());
                sip.answer(o.leg());
            } else if (event instanceof Answered a) {
                answered.incrementAndGet();
                firstAnswer.compareAndSet(0, System.nanoTime());
                lastAnswer.set(System.nanoTime());
                sip.play(a.leg(), Playback.looping("music", Prompt.file("moh/bench")));
                if (record) {
                    sip.startRecording(a.leg(), RecordingOptions.stereoWav("bench/" + a.leg().value()));
                }
            } else if (event instanceof HungUp h) {
                ended.incrementAndGet();
                live.remove(h.leg());
                if (h.cause() != HangupCause.NORMAL_CLEARING) {
                    abnormal.incrementAndGet();
                }
            }
        });
        sip.start();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        var peak = new AtomicInteger();
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(sip.mediaLegs(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.setDaemon(true);
        sampling.start();
        long cpuBefore = os.getProcessCpuTime();
        long lateBefore = sip.lateMediaTicks();
        long started = System.nanoTime();

        String scenario = scenario(dir.resolve("caller.ulaw"), hold);
        Files.writeString(dir.resolve("load.xml"), scenario, StandardCharsets.ISO_8859_1);
        var sipp = new ProcessBuilder("sipp", "-sf", dir.resolve("load.xml").toString(), "-i", "127.0.0.1",
                "-p", String.valueOf(freeUdpPort()), "-mp", "40000",
                "-r", String.valueOf(rate), "-m", String.valueOf(calls), "-l", String.valueOf((int) (rate * hold * 2)),
                "-nostdin", "-timeout", "600s", "-trace_stat", "-fd", "1", "-stf", dir.resolve("stats.csv").toString(),
                "127.0.0.1:" + port).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.log").toFile()).start();
        boolean done = sipp.waitFor(30 + (long) (calls / rate) + hold * 3L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        if (!done) {
            sipp.destroy();
        }
        Thread.sleep(1000);
        sampling.interrupt();
        double loadAfter = os.getSystemLoadAverage();
        var stats = Files.readAllLines(dir.resolve("stats.csv"));
        var header = stats.get(0).split(";");
        var last = stats.get(stats.size() - 1).split(";");
        System.out.printf("SIP load: %d calls offered at %.0f/s, each holding %d s of media both ways%s%n", calls,
                rate, hold, record ? ", each recorded in stereo" : "");
        System.out.printf("sipp exit %s; successful %s, failed %s; INVITE->200 (rtd) avg %s ms%n",
                done ? String.valueOf(sipp.exitValue()) : "TIMEOUT", column(header, last, "SuccessfulCall(C)"),
                column(header, last, "FailedCall(C)"), column(header, last, "ResponseTime1(C)"));
        System.out.printf("Hotline: offered %d, answered %d, ended %d (abnormal %d), still up %d%n", offered.get(),
                answered.get(), ended.get(), abnormal.get(), live.size());
        System.out.printf("call setups/s from the first answer to the last: %.1f; most calls held with media at once:"
                + " %d; late media ticks (> 30 ms apart): %d%n",
                (answered.get() - 1) / ((lastAnswer.get() - firstAnswer.get()) / 1e9), peak.get(),
                sip.lateMediaTicks() - lateBefore);
        System.out.printf("JVM CPU: %.1f s in %.1f s wall = %.0f %% of one core (%d cores);"
                + " load average %.2f -> %.2f%n",
                cpu / 1e9, seconds, 100.0 * cpu / 1e9 / seconds, os.getAvailableProcessors(), loadBefore, loadAfter);
        sip.close();
        time.close();
    }

    private static String column(String[] header, String[] row, String name) {
        for (int i = 0; i < header.length && i < row.length; i++) {
            if (header[i].equals(name)) {
                return row[i];
            }
        }
        return "?";
    }

    private static String scenario(Path clip, int hold) throws IOException {
        try (var in = SipLoadBenchmark.class.getResourceAsStream("/sip/caller.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@MEDIA@", "<exec rtp_stream=\"" + clip + ",1,0\"/>")
                    .replace("@PAUSE@", "0").replace("@TALK@", String.valueOf(hold * 1000L))
                    .replace("@CALLER@", "[call_number]").replace("@SERVICE@", "95598");
        }
    }

    private static int freeUdpPort() throws IOException {
        try (var socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        var process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private SipLoadBenchmark() {
    }
}
