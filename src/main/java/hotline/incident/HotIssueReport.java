package hotline.incident;

import java.time.Instant;

/** An agent flagged a work order as a possible hot issue (上报热点): the topic it counted towards, who and when. */
public record HotIssueReport(String reference, String category, String area, Instant reportedAt, String reportedBy) {
}
