package hotline.telephony;

import java.util.List;
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
    }
}
