package hotline.telephony.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import hotline.telephony.Transcript;

/**
 * Writes a small, real PCM WAV file (8 kHz, 16 bit) so recordings downstream (quality inspection) have something to
 * open: a quiet tone wherever the conversation has someone speaking — 440 Hz on the first channel while the caller
 * speaks, 660 Hz on the second while the agent does (in mono both on the one channel) — silence elsewhere. Without a
 * conversation, a 440 Hz tone on the first channel throughout. Written to a temporary file and moved into place, so
 * nobody reads half a file.
 */
final class WavFile {

    static final int SAMPLE_RATE = 8000;
    private static final double AMPLITUDE = 0.1 * Short.MAX_VALUE;

    private WavFile() {
    }

    static void write(Path file, int channels, double seconds) throws IOException {
        write(file, channels, seconds, null);
    }

    static void write(Path file, int channels, double seconds, List<Transcript.Segment> conversation)
            throws IOException {
        Files.createDirectories(file.getParent());
        int frames = (int) Math.round(Math.max(0, seconds) * SAMPLE_RATE);
        int dataBytes = frames * channels * 2;
        Path temporary = Files.createTempFile(file.getParent(), ".recording", ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
            out.write(ascii("RIFF"));
            int32(out, 36 + dataBytes);
            out.write(ascii("WAVE"));
            out.write(ascii("fmt "));
            int32(out, 16);
            int16(out, 1);                                  // PCM
            int16(out, channels);
            int32(out, SAMPLE_RATE);
            int32(out, SAMPLE_RATE * channels * 2);         // byte rate
            int16(out, channels * 2);                       // block align
            int16(out, 16);                                 // bits per sample
            out.write(ascii("data"));
            int32(out, dataBytes);
            var caller = speaking(conversation, Transcript.Speaker.CALLER, frames);
            var agent = speaking(conversation, Transcript.Speaker.AGENT, frames);
            for (int i = 0; i < frames; i++) {
                int left = caller[i] ? tone(440, i) : 0;
                int right = agent[i] ? tone(660, i) : 0;
                if (channels == 1) {
                    int16(out, Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, left + right)));
                } else {
                    int16(out, left);
                    int16(out, right);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int tone(int hertz, int frame) {
        return (int) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * hertz * frame / SAMPLE_RATE));
    }

    /** Frame by frame, whether {@code who} speaks; without a conversation the caller speaks throughout. */
    private static boolean[] speaking(List<Transcript.Segment> conversation, Transcript.Speaker who, int frames) {
        var result = new boolean[frames];
        if (conversation == null) {
            java.util.Arrays.fill(result, who == Transcript.Speaker.CALLER);
            return result;
        }
        for (var segment : conversation) {
            if (segment.speaker() == who) {
                int from = (int) Math.min(frames, segment.startMillis() * SAMPLE_RATE / 1000);
                int to = (int) Math.min(frames, segment.endMillis() * SAMPLE_RATE / 1000);
                java.util.Arrays.fill(result, from, to, true);
            }
        }
        return result;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void int16(OutputStream out, int value) throws IOException {
        out.write(value & 0xff);
        out.write((value >> 8) & 0xff);
    }

    private static void int32(OutputStream out, int value) throws IOException {
        int16(out, value & 0xffff);
        int16(out, (value >>> 16) & 0xffff);
    }
}
