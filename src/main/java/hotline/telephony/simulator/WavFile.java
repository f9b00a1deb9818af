package hotline.telephony.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a small, real PCM WAV file (8 kHz, 16 bit) so recordings downstream (quality inspection) have something to
 * open: a quiet 440 Hz tone on the first channel (the caller) and, in stereo, silence on the second. Written to a
 * temporary file and moved into place, so nobody reads half a file.
 */
final class WavFile {

    static final int SAMPLE_RATE = 8000;
    private static final double AMPLITUDE = 0.1 * Short.MAX_VALUE;

    private WavFile() {
    }

    static void write(Path file, int channels, double seconds) throws IOException {
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
            for (int i = 0; i < frames; i++) {
                int16(out, (int) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE)));
                for (int c = 1; c < channels; c++) {
                    int16(out, 0);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
