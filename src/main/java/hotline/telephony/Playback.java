package hotline.telephony;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Telephony#play} plays: prompts in order, once or looping until stopped. The client's {@code tag} comes
 * back in {@link TelephonyEvent.PlaybackFinished} so a flow knows which of its playbacks ended.
 */
public record Playback(String tag, List<Prompt> prompts, boolean loop) {

    public Playback {
        Objects.requireNonNull(tag, "tag");
        prompts = List.copyOf(prompts);
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("a playback needs at least one prompt");
        }
    }

    public static Playback once(String tag, Prompt... prompts) {
        return new Playback(tag, List.of(prompts), false);
    }

    public static Playback looping(String tag, Prompt... prompts) {
        return new Playback(tag, List.of(prompts), true);
    }
}
