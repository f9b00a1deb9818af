package hotline.telephony.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real SIP peers from the OS's packages, started as child processes on loopback: {@code sipp} (package
 * {@code sip-tester}) as the caller, {@code baresip} as an auto-answering agent phone, {@code espeak-ng} and
 * {@code sox} for the audio. A missing binary fails the test: CI installs them ({@code .ci/run}). Every process is
 * stopped by its own handle.
 */
final class SipPeers implements AutoCloseable {

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    SipPeers(Path dir) {
        this.dir = dir;
    }

    static void require(String... binaries) {
        for (var binary : binaries) {
            boolean found = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH")
                    .split(java.io.File.pathSeparator)).anyMatch(p -> Files.isExecutable(Path.of(p, binary)));
            assertThat(found).as("%s is not installed: run .ci/run or apt-get install sip-tester baresip sox "
                    + "espeak-ng", binary).isTrue();
        }
    }

    static int freeUdpPort() {
        try (var socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end (at most 60 s) and fails the test if it fails. */
    void run(String... command) {
        try {
            var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(dir.resolve("commands.log").toFile()))
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
            assertThat(process.exitValue()).as("%s exit code; output in %s", String.join(" ", command),
                    dir.resolve("commands.log")).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Speech of {@code text} as 8 kHz 16-bit mono WAV, with {@code padSeconds} of silence after it. */
    Path speech(String name, String voice, String text, int padSeconds) {
        var raw = dir.resolve(name + "-22k.wav");
        var wav = dir.resolve(name + ".wav");
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", wav.toString(),
                "pad", "0", String.valueOf(padSeconds));
        return wav;
    }

    /** The same audio as raw G.711 u-law, as sipp's rtp_stream wants it. */
    Path ulaw(Path wav) {
        var ulaw = dir.resolve(wav.getFileName().toString().replace(".wav", ".ulaw"));
        run("sox", wav.toString(), "-r", "8000", "-c", "1", "-t", "raw", "-e", "mu-law", ulaw.toString());
        return ulaw;
    }

    /** An auto-answering baresip registered as {@code user} at Hotline's registrar, speaking {@code voice}. */
    Process baresip(String user, String secret, int hotlinePort, Path voice) {
        var config = dir.resolve("baresip-" + user);
        try {
            Files.createDirectories(config);
            int port = freeUdpPort();
            Files.writeString(config.resolve("config"), String.join("\n",
                    "poll_method epoll",
                    "sip_listen 127.0.0.1:" + port,
                    "sip_transports udp",
                    "net_interface 127.0.0.1",
                    "audio_source aufile," + voice,
                    "audio_player alsa,null",
                    "ausrc_srate 8000",
                    "auplay_srate 8000",
                    "ausrc_channels 1",
                    "auplay_channels 1",
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module aufile.so",
                    "module alsa.so",
                    "module_app account.so",
                    "module_app menu.so",
                    ""), StandardCharsets.UTF_8);
            Files.writeString(config.resolve("accounts"), "<sip:" + user + "@127.0.0.1:" + hotlinePort
                    + ";transport=udp>;auth_pass=" + secret + ";regint=60;answermode=auto;"
                    + "audio_codecs=PCMU/8000/1\n", StandardCharsets.UTF_8);
            return start(dir.resolve("baresip-" + user + ".log"), "baresip", "-f", config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sipp's media action that streams a raw u-law clip. */
    static String speaking(Path clip) {
        return "<exec rtp_stream=\"" + clip + ",1,0\"/>";
    }

    /** sipp's media action that sends the RFC 2833 key press of a pcap shipped with sip-tester. */
    static String pressing(char digit) {
        return "<exec play_pcap_audio=\"/usr/share/sip-tester/dtmf_2833_" + digit + ".pcap\"/>";
    }

    /** A sipp caller dialling {@code service} at Hotline; returns the process (exit code 0: every call succeeded). */
    Process sippCaller(int hotlinePort, String caller, String service, String media, Duration pause, Duration talk,
                       int calls, double rate, int limit) {
        try {
            String scenario;
            try (var in = SipPeers.class.getResourceAsStream("/sip/caller.xml")) {
                scenario = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            scenario = scenario.replace("@MEDIA@", media)
                    .replace("@PAUSE@", String.valueOf(pause.toMillis()))
                    .replace("@TALK@", String.valueOf(talk.toMillis()))
                    .replace("@CALLER@", caller).replace("@SERVICE@", service);
            var file = dir.resolve("caller-" + caller + ".xml");
            Files.writeString(file, scenario, StandardCharsets.ISO_8859_1);
            int sipPort = freeUdpPort();
            int mediaPort = 30000 + (freeUdpPort() % 10000) / 2 * 2;
            return start(dir.resolve("sipp-" + caller + ".log"), "sipp", "-sf", file.toString(),
                    "-i", "127.0.0.1", "-p", String.valueOf(sipPort), "-mp", String.valueOf(mediaPort),
                    "-m", String.valueOf(calls), "-r", String.valueOf(rate), "-l", String.valueOf(limit),
                    "-nostdin", "-timeout", "120s", "-timeout_error", "-trace_err", "-trace_stat", "-fd", "1",
                    "-stf", dir.resolve("sipp-" + caller + "-stats.csv").toString(),
                    "127.0.0.1:" + hotlinePort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sipp caller dialling {@code service} at Hotline who streams {@code clip} (raw u-law) in a loop from the answer
     * until Hotline hangs up; the process exits 0 when the call went through and the BYE was answered.
     */
    Process sippCallerUntilHungUp(int hotlinePort, String caller, String service, Path clip) {
        try {
            String scenario;
            try (var in = SipPeers.class.getResourceAsStream("/sip/caller-until-bye.xml")) {
                scenario = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            scenario = scenario.replace("@CLIP@", clip.toString()).replace("@CALLER@", caller)
                    .replace("@SERVICE@", service);
            var file = dir.resolve("caller-" + caller + ".xml");
            Files.writeString(file, scenario, StandardCharsets.ISO_8859_1);
            int mediaPort = 30000 + (freeUdpPort() % 10000) / 2 * 2;
            return start(dir.resolve("sipp-" + caller + ".log"), "sipp", "-sf", file.toString(),
                    "-i", "127.0.0.1", "-p", String.valueOf(freeUdpPort()), "-mp", String.valueOf(mediaPort),
                    "-m", "1", "-l", "1", "-nostdin", "-timeout", "120s", "-timeout_error", "-trace_err",
                    "-trace_stat", "-fd", "1", "-stf", dir.resolve("sipp-" + caller + "-stats.csv").toString(),
                    "127.0.0.1:" + hotlinePort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Process start(Path log, String... command) {
        try {
            var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            processes.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int waitFor(Process process, Duration atMost) {
        try {
            assertThat(process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)).as("%s ended within %s",
                    process.info().command().orElse("process"), atMost).isTrue();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no " + name + ")";
        }
    }

    @Override
    public void close() {
        for (var process : processes) {
            process.destroy();
        }
        for (var process : processes) {
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
