package hotline.telephony.sip;

/** G.711 μ-law (PCMU, payload type 0) and A-law (PCMA, 8) to and from 16-bit linear samples. */
final class G711 {

    static final int PCMU = 0;
    static final int PCMA = 8;

    private static final short[] ULAW_DECODE = new short[256];
    private static final short[] ALAW_DECODE = new short[256];
    private static final byte[] ULAW_ENCODE = new byte[65536];
    private static final byte[] ALAW_ENCODE = new byte[65536];

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_DECODE[i] = ulawToLinear((byte) i);
            ALAW_DECODE[i] = alawToLinear((byte) i);
        }
        for (int i = 0; i < 65536; i++) {
            ULAW_ENCODE[i] = linearToUlaw((short) (i - 32768));
            ALAW_ENCODE[i] = linearToAlaw((short) (i - 32768));
        }
    }

    private G711() {
    }

    static short decode(int payloadType, byte b) {
        return payloadType == PCMA ? ALAW_DECODE[b & 0xff] : ULAW_DECODE[b & 0xff];
    }

    static byte encode(int payloadType, short sample) {
        return payloadType == PCMA ? ALAW_ENCODE[sample + 32768] : ULAW_ENCODE[sample + 32768];
    }

    private static short ulawToLinear(byte value) {
        int u = ~value & 0xff;
        int t = ((u & 0x0f) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    private static byte linearToUlaw(short sample) {
        int pcm = sample;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7f;
        } else {
            mask = 0xff;
        }
        pcm = Math.min(pcm, 32635) + 0x84;
        int segment = 7;
        for (int bit = 0x4000; (pcm & bit) == 0 && segment > 0; bit >>= 1) {
            segment--;
        }
        int mantissa = (pcm >> (segment + 3)) & 0x0f;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }

    private static short alawToLinear(byte value) {
        int a = (value & 0xff) ^ 0x55;
        int t = (a & 0x0f) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> {
                t += 0x108;
                t <<= segment - 1;
            }
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }

    private static byte linearToAlaw(short sample) {
        int pcm = sample;
        int mask;
        if (pcm >= 0) {
            mask = 0xd5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        pcm = Math.min(pcm, 32767);
        int segment;
        if (pcm < 256) {
            segment = 0;
        } else {
            segment = 1;
            for (int v = pcm >> 8; v > 1 && segment < 7; v >>= 1) {
                segment++;
            }
        }
        int aval = segment << 4;
        aval |= segment < 1 ? (pcm >> 4) & 0x0f : (pcm >> (segment + 3)) & 0x0f;
        return (byte) (aval ^ mask);
    }
}
