package hotline.telephony.sip;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 16-bit 8 kHz WAV, stereo (left: what the leg says, right: what it hears) or mono, written 20 ms at a time by the
 * media clock. The RIFF sizes are patched in when it is finished, so a crash leaves a file with a header of zero
 * length but the audio intact.
 */
final class StereoWavWriter {

    private final Path file;
    private final boolean stereo;
    private final OutputStream out;
    private long frames;
    private boolean finished;

    StereoWavWriter(Path file, boolean stereo) throws IOException {
        this.file = file;
        this.stereo = stereo;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 16 * 1024);
        out.write(header(0));
    }

    Path file() {
        return file;
    }

    synchronized void write(short[] left, short[] right) {
        if (finished) {
            return;
        }
        int n = RtpSession.SAMPLES_PER_FRAME;
        var bytes = new byte[n * (stereo ? 4 : 2)];
        int at = 0;
        for (int i = 0; i < n; i++) {
            short l = left == null ? 0 : left[i];
            bytes[at++] = (byte) l;
            bytes[at++] = (byte) (l >> 8);
            if (stereo) {
                short r = right == null ? 0 : right[i];
                bytes[at++] = (byte) r;
                bytes[at++] = (byte) (r >> 8);
            }
        }
        try {
            out.write(bytes);
            frames += n;
        } catch (IOException e) {
            finished = true;
        }
    }

    /** Closes the file and returns the seconds of audio in it. */
    synchronized double finish() throws IOException {
        if (!finished) {
            finished = true;
            out.close();
            try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(0);
                raf.write(header(frames * (stereo ? 4 : 2)));
            }
        }
        return frames / 8000.0;
    }

    private byte[] header(long dataBytes) {
        int channels = stereo ? 2 : 1;
        var h = java.nio.ByteBuffer.allocate(44).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(8000).putInt(8000 * 2 * channels).putShort((short) (2 * channels))
                .putShort((short) 16).put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt((int) dataBytes);
        return h.array();
    }
}
