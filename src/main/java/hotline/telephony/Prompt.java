package hotline.telephony;

import java.util.Objects;

/**
 * Something a leg hears: a recorded prompt by file id (resolved by the adapter, e.g. {@code ivr/welcome} under the
 * engine's sound directory) or a text the engine speaks with text-to-speech. Written {@code file:ivr/welcome} or
 * {@code tts:您好，欢迎致电…} in configuration.
 */
public record Prompt(Kind kind, String value) {

    public enum Kind { FILE, TTS }

    public Prompt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a prompt must not be blank");
        }
    }

    public static Prompt file(String id) {
        return new Prompt(Kind.FILE, id);
    }

    public static Prompt tts(String text) {
        return new Prompt(Kind.TTS, text);
    }

    /** {@code file:<id>} or {@code tts:<text>}; a value without a prefix is a file id. */
    public static Prompt parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("tts:")) {
            return tts(text.substring(4));
        }
        return file(text.startsWith("file:") ? text.substring(5) : text);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + value;
    }
}
