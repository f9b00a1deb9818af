package hotline.telephony.recording;

import hotline.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The facts of a 16-bit PCM WAV file the archive needs: channels, sample rate, where the samples are and how long
 * they last. A header whose sizes were never patched (a switch that crashed while recording, ADR 0038) counts as
 * running to the end of the file.
 */
record WavInfo(int channels, int sampleRate, long dataOffset, long dataBytes) {

    double seconds() {
        return dataBytes / (2.0 * channels * sampleRate);
    }

    static WavInfo read(Path file) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            var header = ByteBuffer.allocate((int) Math.min(size, 4096)).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(header, 0);
            header.flip();
            return parse(header, size);
        }
    }

    static WavInfo read(InputStream in, long size) throws IOException {
        var bytes = in.readNBytes(4096);
        return parse(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), size);
    }

    private static WavInfo parse(ByteBuffer b, long size) {
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 /* RIFF */ || b.getInt(8) != 0x45564157 /* WAVE */) {
            throw invalid("is not a WAV file (no RIFF/WAVE header)");
        }
        int channels = 0;
        int rate = 0;
        int position = 12;
        while (position + 8 <= b.limit()) {
            int id = b.getInt(position);
            long length = Integer.toUnsignedLong(b.getInt(position + 4));
            int body = position + 8;
            if (id == 0x20746d66 /* fmt */) {
                if (body + 16 > b.limit()) {
                    break;
                }
                int format = Short.toUnsignedInt(b.getShort(body));
                channels = Short.toUnsignedInt(b.getShort(body + 2));
                rate = b.getInt(body + 4);
                int bits = Short.toUnsignedInt(b.getShort(body + 14));
                if ((format != 1 && format != 0xFFFE) || bits != 16) {
                    throw invalid("must be 16-bit PCM (format " + format + ", " + bits + " bits)");
                }
                if (channels < 1 || channels > 2 || rate < 4000 || rate > 48000) {
                    throw invalid("must be mono or stereo at 4 to 48 kHz (" + channels + " channels, " + rate + " Hz)");
                }
            } else if (id == 0x61746164 /* data */) {
                if (channels == 0) {
                    throw invalid("has its data before its format");
                }
                long available = size - body;
                long data = length == 0 || length > available ? available : length;
                return new WavInfo(channels, rate, body, data - data % (2L * channels));
            }
            position = body + (int) Math.min(length + (length & 1), Integer.MAX_VALUE - body);
        }
        throw invalid("has no data chunk");
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("file", "Wav", message);
    }
}
