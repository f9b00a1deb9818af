package hotline.telephony.recording;

import java.io.ByteArrayOutputStream;

/** Small WAV files made in memory: a tone on the left channel (the caller), silence on the right. */
public final class TestWavs {

    private TestWavs() {
    }

    public static byte[] stereoTone(double seconds) {
        int rate = 8000;
        int frames = (int) Math.round(seconds * rate);
        var out = new ByteArrayOutputStream(44 + frames * 4);
        int data = frames * 4;
        ascii(out, "RIFF");
        int32(out, 36 + data);
        ascii(out, "WAVE");
        ascii(out, "fmt ");
        int32(out, 16);
        int16(out, 1);
        int16(out, 2);
        int32(out, rate);
        int32(out, rate * 4);
        int16(out, 4);
        int16(out, 16);
        ascii(out, "data");
        int32(out, data);
        for (int i = 0; i < frames; i++) {
            int16(out, (int) (3000 * Math.sin(2 * Math.PI * 440 * i / rate)));
            int16(out, 0);
        }
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        int16(out, v & 0xffff);
        int16(out, (v >>> 16) & 0xffff);
    }
}
