package hotline.quality.inspection;

import hotline.telephony.Transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call made of real Mandarin speech for inspection tests: each line is spoken by {@code espeak-ng -v cmn}, trimmed
 * of its own leading and trailing silence with {@code sox}, padded to its offset, and the lines of each side are mixed
 * into one channel; the caller's channel goes left and the agent's right ({@code sox -M}), as in a contact's
 * recording (ADR 0038). The transcript is what a perfect recogniser would deliver: each line at its true offset and
 * length. A missing espeak-ng or sox fails the test (CI installs them: .ci/run).
 */
final class SpokenCall {

    record Line(Transcript.Speaker speaker, double at, String text, Path clip, double seconds) {
        long startMillis() {
            return Math.round(at * 1000);
        }

        long endMillis() {
            return Math.round((at + seconds) * 1000);
        }
    }

    private final Path dir;
    private final List<Line> lines = new ArrayList<>();

    SpokenCall(Path dir) {
        require("espeak-ng", "sox");
        this.dir = dir;
    }

    /** Speaks {@code text} as the given side, starting {@code at} seconds into the call. */
    Line say(Transcript.Speaker speaker, double at, String text) throws IOException, InterruptedException {
        int n = lines.size();
        var raw = dir.resolve("raw-" + n + ".wav");
        var clip = dir.resolve("clip-" + n + ".wav");
        run("espeak-ng", "-v", "cmn", "-s", "190", "-w", raw.toString(), text);
        // 8 kHz 16-bit mono, the speech's own leading and trailing silence cut so the offsets are where speech is
        run("sox", raw.toString(), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", clip.toString(),
                "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse");
        double seconds = (Files.size(clip) - 44) / 16000.0;
        var line = new Line(speaker, at, text, clip, seconds);
        lines.add(line);
        return line;
    }

    Transcript.Source transcript() {
        return new Transcript.Source("espeak-script", lines.stream()
                .map(l -> new Transcript.Segment(l.startMillis(), l.endMillis(), l.speaker(), l.text())).toList());
    }

    /** The stereo recording: caller left, agent right. */
    Path stereo() throws IOException, InterruptedException {
        var left = channel(Transcript.Speaker.CALLER);
        var right = channel(Transcript.Speaker.AGENT);
        var out = dir.resolve("call.wav");
        run("sox", "-M", left.toString(), right.toString(), out.toString());
        return out;
    }

    private Path channel(Transcript.Speaker speaker) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("sox", "-m"));
        double end = 0;
        int n = 0;
        for (var line : lines) {
            end = Math.max(end, line.at() + line.seconds());
        }
        for (var line : lines) {
            if (line.speaker() != speaker) {
                continue;
            }
            var padded = dir.resolve(speaker + "-" + n++ + ".wav");
            run("sox", line.clip().toString(), padded.toString(), "pad", fmt(line.at()),
                    fmt(end + 1 - line.at() - line.seconds()));
            command.addAll(List.of("-v", "1", padded.toString()));
        }
        var out = dir.resolve(speaker + ".wav");
        if (n == 1) {
            command.remove(1);                     // sox -m needs two inputs
        }
        command.add(out.toString());
        run(command.toArray(String[]::new));
        return out;
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, seconds));
    }

    static void require(String... binaries) {
        for (String binary : binaries) {
            boolean found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")).stream()
                    .anyMatch(p -> Files.isExecutable(Path.of(p, binary)));
            assertThat(found).as("%s is not installed: run .ci/run or apt-get install espeak-ng sox", binary).isTrue();
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s failed: %s", String.join(" ", command), output).isZero();
    }
}
