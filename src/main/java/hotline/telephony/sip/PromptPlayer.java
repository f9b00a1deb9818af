package hotline.telephony.sip;

import java.util.List;

/** Plays clips one after another in 20 ms frames, once or in a loop (media clock thread). */
final class PromptPlayer {

    private final List<short[]> clips;
    private final boolean loop;
    private int clip;
    private int offset;

    PromptPlayer(List<short[]> clips, boolean loop) {
        this.clips = clips;
        this.loop = loop && clips.stream().anyMatch(c -> c.length > 0);
    }

    /** The next frame (padded with silence at the very end), or null once everything was played. */
    short[] next() {
        var frame = new short[RtpSession.SAMPLES_PER_FRAME];
        int filled = 0;
        while (filled < frame.length) {
            if (clip >= clips.size()) {
                if (!loop) {
                    return filled == 0 ? null : frame;
                }
                clip = 0;
            }
            var current = clips.get(clip);
            int n = Math.min(frame.length - filled, current.length - offset);
            System.arraycopy(current, offset, frame, filled, n);
            filled += n;
            offset += n;
            if (offset >= current.length) {
                clip++;
                offset = 0;
            }
        }
        return frame;
    }
}
