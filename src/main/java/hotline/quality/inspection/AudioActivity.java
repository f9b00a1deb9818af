package hotline.quality.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Who makes sound when, from a 16-bit PCM WAV (ADR 0072): the energy of each 20 ms frame per channel, a frame
 * voiced when its RMS is above {@link #THRESHOLD} (about −40 dBFS, well over a phone line's noise), voiced frames
 * closer than {@link #BRIDGE_MS} joined so the pauses between words do not cut speech into pieces. In a contact's
 * stereo recording the left channel is the caller, the right the agent (ADR 0038); a mono file has one channel for
 * both.
 */
record AudioActivity(List<Intervals.Span> left, List<Intervals.Span> right, boolean stereo, long millis) {

    static final int FRAME_MS = 20;
    static final double THRESHOLD = 330;          // RMS in 16-bit units: 0.01 of full scale
    static final long BRIDGE_MS = 300;

    /** Where nobody makes a sound for at least {@code minimum} ms, between the first and the last sound. */
    List<Intervals.Span> silences(long minimum) {
        var all = new ArrayList<>(left);
        all.addAll(right);
        return Intervals.silences(all, minimum);
    }

    /** Where caller and agent sound at once for at least {@code minimum} ms (stereo only). */
    List<Intervals.Span> overlaps(long minimum) {
        return stereo ? Intervals.overlaps(left, right, minimum) : List.of();
    }

    static AudioActivity of(Path wav) throws IOException {
        try (var in = Files.newInputStream(wav)) {
            return of(in);
        }
    }

    static AudioActivity of(InputStream in) throws IOException {
        var header = readHeader(in);
        int channels = header[0];
        int rate = header[1];
        int frameSamples = rate * FRAME_MS / 1000;
        var buffer = new byte[frameSamples * channels * 2];
        var levels = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        var left = new ArrayList<Intervals.Span>();
        var right = new ArrayList<Intervals.Span>();
        long frame = 0;
        int read;
        while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            int samples = read / (2 * channels);
            double sumLeft = 0;
            double sumRight = 0;
            for (int s = 0; s < samples; s++) {
                double l = levels.getShort(s * channels * 2);
                sumLeft += l * l;
                if (channels == 2) {
                    double r = levels.getShort(s * 4 + 2);
                    sumRight += r * r;
                }
            }
            long start = frame * FRAME_MS;
            long end = start + (long) samples * 1000 / rate;
            if (samples > 0 && Math.sqrt(sumLeft / samples) >= THRESHOLD) {
                left.add(new Intervals.Span(start, end));
            }
            if (channels == 2 && samples > 0 && Math.sqrt(sumRight / samples) >= THRESHOLD) {
                right.add(new Intervals.Span(start, end));
            }
            frame++;
            if (read < buffer.length) {
                break;
            }
        }
        return new AudioActivity(Intervals.union(left, BRIDGE_MS), Intervals.union(right, BRIDGE_MS), channels == 2,
                frame * FRAME_MS);
    }

    /** Reads up to the data chunk; answers {channels, sample rate}. Only 16-bit PCM is analysed. */
    private static int[] readHeader(InputStream in) throws IOException {
        var riff = ByteBuffer.wrap(in.readNBytes(12)).order(ByteOrder.LITTLE_ENDIAN);
        if (riff.limit() < 12 || riff.getInt(0) != 0x46464952 || riff.getInt(8) != 0x45564157) {
            throw new IOException("not a WAV file");
        }
        int channels = 0;
        int rate = 0;
        while (true) {
            var chunk = ByteBuffer.wrap(in.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN);
            if (chunk.limit() < 8) {
                throw new IOException("a WAV file without data");
            }
            int id = chunk.getInt(0);
            long length = Integer.toUnsignedLong(chunk.getInt(4));
            if (id == 0x61746164) {               // data
                if (channels == 0) {
                    throw new IOException("a WAV file with data before its format");
                }
                return new int[]{channels, rate};
            }
            var body = ByteBuffer.wrap(in.readNBytes((int) (length + (length & 1)))).order(ByteOrder.LITTLE_ENDIAN);
            if (id == 0x20746d66) {               // fmt
                channels = Short.toUnsignedInt(body.getShort(2));
                rate = body.getInt(4);
                if (Short.toUnsignedInt(body.getShort(14)) != 16 || channels < 1 || channels > 2 || rate <= 0) {
                    throw new IOException("only 16-bit PCM mono or stereo WAV is analysed");
                }
            }
        }
    }
}
