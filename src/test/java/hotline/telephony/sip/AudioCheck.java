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

    /**
     * The share of {@code recording}'s voiced windows (half a second) that match some stretch of {@code source} with a
     * correlation of at least {@code threshold}, each window searched for on its own across the whole source (every
     * offset at a quarter of the rate, the best few then sample by sample). Slips and gaps of a loaded machine, and a
     * source that loops, cost only the windows they cut through.
     */
    static double shareMatchedAnywhere(short[] recording, short[] source, double threshold) {
        int window = 4000;
        var coarseSource = decimate(source, 0, source.length);
        int voiced = 0;
        int found = 0;
        for (int start = 0; start + window <= recording.length; start += window) {
            var part = java.util.Arrays.copyOfRange(recording, start, start + window);
            if (rms(part) < 0.01) {
                continue;
            }
            voiced++;
            var coarsePart = decimate(recording, start, window);
            int steps = coarseSource.length - coarsePart.length + 1;
            var scores = new double[Math.max(steps, 0)];
            double partEnergy = 0;
            for (double v : coarsePart) {
                partEnergy += v * v;
            }
            double sourceEnergy = 0;
            for (int i = 0; i < coarsePart.length && i < coarseSource.length; i++) {
                sourceEnergy += coarseSource[i] * coarseSource[i];
            }
            for (int k = 0; k < steps; k++) {
                if (k > 0) {
                    double out = coarseSource[k - 1];
                    double in = coarseSource[k + coarsePart.length - 1];
                    sourceEnergy += in * in - out * out;
                }
                double dot = 0;
                for (int i = 0; i < coarsePart.length; i++) {
                    dot += coarsePart[i] * coarseSource[k + i];
                }
                scores[k] = partEnergy <= 0 || sourceEnergy <= 0 ? -1 : dot / Math.sqrt(partEnergy * sourceEnergy);
            }
            var candidates = java.util.stream.IntStream.range(0, scores.length).boxed()
                    .sorted((x, y) -> Double.compare(scores[y], scores[x])).limit(5).toList();
            double best = 0;
            for (int k : candidates) {
                for (int d = -8; d <= 8 && best < threshold; d++) {
                    int at = k * 4 + d;
                    if (at >= 0 && at + window <= source.length) {
                        best = Math.max(best, correlation(recording, start, source, at, window));
                    }
                }
            }
            if (best >= threshold) {
                found++;
            }
        }
        return voiced == 0 ? 0 : (double) found / voiced;
    }

    /** Means of four samples: 2 kHz, where most of speech's energy is, for a cheap coarse search. */
    private static double[] decimate(short[] samples, int from, int length) {
        var out = new double[length / 4];
        for (int i = 0; i < out.length; i++) {
            int at = from + 4 * i;
            out[i] = (samples[at] + samples[at + 1] + samples[at + 2] + samples[at + 3]) / 4.0;
        }
        return out;
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
