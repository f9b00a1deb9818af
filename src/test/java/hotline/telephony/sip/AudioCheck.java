package hotline.telephony.sip;

import javax.sound.sampled.AudioSystem;
import java.io.IOException;
import java.nio.file.Path;

/** Audio assertions' arithmetic: channels of a WAV, energy, and whether one signal contains another. */
final class AudioCheck {

    private AudioCheck() {
    }

    /** Channel {@code channel} of a 16-bit PCM WAV. */
    static short[] channel(Path wav, int channel) throws IOException {
        try (var in = AudioSystem.getAudioInputStream(wav.toFile())) {
            var format = in.getFormat();
            var bytes = in.readAllBytes();
            int channels = format.getChannels();
            int frames = bytes.length / (2 * channels);
            var out = new short[frames];
            for (int i = 0; i < frames; i++) {
                int at = 2 * (i * channels + channel);
                out[i] = (short) ((bytes[at + 1] << 8) | (bytes[at] & 0xff));
            }
            return out;
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException(e);
        }
    }

    static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length) / 32768.0;
    }

    /**
     * The share of {@code reference}'s voiced half-second windows found in {@code recording}: a window counts when its
     * best alignment (near the global one) correlates at least {@code threshold}. The global alignment comes from the
     * energy envelopes (10 ms steps), so gaps or a 20 ms slip in the recording only cost the windows they touch.
     */
    static double shareFound(short[] reference, short[] recording, double threshold) {
        int lag = envelopeLag(reference, recording);
        int window = 4000;
        int voiced = 0;
        int found = 0;
        for (int start = 0; start + window <= reference.length; start += window) {
            var part = java.util.Arrays.copyOfRange(reference, start, start + window);
            if (rms(part) < 0.01) {
                continue;
            }
            voiced++;
            double best = 0;
            for (int d = -480; d <= 480; d++) {
                int at = start + lag + d;
                if (at < 0 || at + window > recording.length) {
                    continue;
                }
                best = Math.max(best, correlation(reference, start, recording, at, window));
            }
            if (best >= threshold) {
                found++;
            }
        }
        return voiced == 0 ? 0 : (double) found / voiced;
    }

    static double correlation(short[] a, int aStart, short[] b, int bStart, int length) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < length; i++) {
            double x = a[aStart + i];
            double y = b[bStart + i];
            ab += x * y;
            aa += x * x;
            bb += y * y;
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    /** Where {@code reference} starts in {@code recording}, in samples, from 10 ms energy envelopes. */
    static int envelopeLag(short[] reference, short[] recording) {
        var r = envelope(reference);
        var s = envelope(recording);
        int bestLag = 0;
        double best = -1;
        for (int lag = -r.length + 1; lag < s.length; lag++) {
            double sum = 0;
            for (int i = 0; i < r.length; i++) {
                int j = i + lag;
                if (j >= 0 && j < s.length) {
                    sum += r[i] * s[j];
                }
            }
            if (sum > best) {
                best = sum;
                bestLag = lag;
            }
        }
        return bestLag * 80;
    }

    private static double[] envelope(short[] samples) {
        var out = new double[samples.length / 80];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < 80; j++) {
                sum += Math.abs(samples[i * 80 + j]);
            }
            out[i] = sum / 80;
        }
        double mean = java.util.Arrays.stream(out).average().orElse(0);
        for (int i = 0; i < out.length; i++) {
            out[i] -= mean;
        }
        return out;
    }
}
