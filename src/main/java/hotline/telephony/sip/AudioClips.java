package hotline.telephony.sip;

import hotline.telephony.Prompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Prompts as 8 kHz mono 16-bit samples. A file prompt {@code ivr/welcome} is {@code <sounds>/ivr/welcome.wav} in any
 * format {@code javax.sound} reads (converted once, then cached); a text prompt is spoken by {@code espeak-ng} when
 * it is installed (voice {@code cmn} for Chinese text, {@code en-us} otherwise). Loading may block: call it off the
 * SIP and media threads.
 */
final class AudioClips {

    private static final Logger log = LoggerFactory.getLogger(AudioClips.class);
    static final AudioFormat TELEPHONE = new AudioFormat(8000f, 16, 1, true, false);

    private final Path sounds;
    private final Map<Prompt, short[]> cache = new ConcurrentHashMap<>();

    AudioClips(Path sounds) {
        this.sounds = sounds;
    }

    /** The prompt's samples; empty (and a warning) if its file is missing or unreadable. */
    short[] load(Prompt prompt) {
        return cache.computeIfAbsent(prompt, p -> {
            try {
                return p.kind() == Prompt.Kind.TTS ? speak(p.value()) : read(file(p.value()));
            } catch (IOException | RuntimeException e) {
                log.warn("cannot play prompt {}: {}", p, e.getMessage());
                return new short[0];
            }
        });
    }

    Path file(String id) {
        var path = Path.of(id);
        if (!path.isAbsolute()) {
            path = sounds.resolve(id.endsWith(".wav") ? id : id + ".wav");
        }
        return path;
    }

    static short[] read(Path file) throws IOException {
        try (var in = AudioSystem.getAudioInputStream(file.toFile())) {
            return samples(in);
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException(file + " is not a WAV file javax.sound can read", e);
        }
    }

    static short[] samples(AudioInputStream in) throws IOException {
        var source = in.getFormat();
        AudioInputStream pcm = in;
        if (source.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || source.getSampleSizeInBits() != 16) {
            pcm = AudioSystem.getAudioInputStream(new AudioFormat(source.getSampleRate(), 16, source.getChannels(),
                    true, false), in);
        }
        var bytes = pcm.readAllBytes();
        var format = pcm.getFormat();
        int channels = format.getChannels();
        boolean bigEndian = format.isBigEndian();
        int frames = bytes.length / (2 * channels);
        var mono = new short[frames];
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = 2 * (i * channels + c);
                int sample = bigEndian ? (bytes[at] << 8) | (bytes[at + 1] & 0xff)
                        : (bytes[at + 1] << 8) | (bytes[at] & 0xff);
                sum += (short) sample;
            }
            mono[i] = (short) (sum / channels);
        }
        return resample(mono, format.getSampleRate());
    }

    /** Linear interpolation to 8 kHz: good enough for prompts (espeak speaks at 22.05 kHz). */
    static short[] resample(short[] samples, float rate) {
        if (Math.abs(rate - 8000f) < 1f) {
            return samples;
        }
        int length = (int) ((long) samples.length * 8000 / rate);
        var out = new short[length];
        double step = rate / 8000.0;
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int j = (int) at;
            double f = at - j;
            int a = samples[Math.min(j, samples.length - 1)];
            int b = samples[Math.min(j + 1, samples.length - 1)];
            out[i] = (short) Math.round(a + (b - a) * f);
        }
        return out;
    }

    private static short[] speak(String text) throws IOException {
        var voice = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "cmn" : "en-us";
        var process = new ProcessBuilder("espeak-ng", "-v", voice, "--stdout", text).redirectErrorStream(false)
                .start();
        byte[] wav = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("espeak-ng failed for '" + text + "'");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (var in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return samples(in);
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException("espeak-ng wrote no WAV", e);
        }
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
