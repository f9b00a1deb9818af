package hotline.customer;

import java.time.Instant;

/** One entry of a customer's timeline, newest first. */
public record TimelineEntry(long id, Instant at, String kind, String reference, String summary, String link) {
}
