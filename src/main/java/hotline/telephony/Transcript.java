package hotline.telephony;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What was said in a recording, segment by segment, with who said it and when (from the recording's start). */
public record Transcript(UUID recordingId, String source, List<Segment> segments) {

    public Transcript {
        segments = List.copyOf(segments);
    }

    public enum Speaker {
        CALLER, AGENT
    }

    public record Segment(long startMillis, long endMillis, Speaker speaker, String text) {
        public Segment {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A transcript delivered with an import, before the recording has an id: where it came from and its segments. */
    public record Source(String source, List<Segment> segments) {
        public Source {
            segments = List.copyOf(segments);
        }
    }
}
