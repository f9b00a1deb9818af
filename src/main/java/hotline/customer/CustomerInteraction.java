package hotline.customer;

import java.time.Instant;

/**
 * Something that happened with a customer, for the customer's timeline: a call, a chat, a work order accepted or
 * archived, a callback, a survey answer. Process modules publish it as an event (or pass it to
 * {@link Customers#recordInteraction}); the customer module keeps the timeline (ADR 0021). Recording the same
 * interaction twice (same customer, kind, reference and time) keeps one entry, so redelivery is harmless.
 *
 * @param kind      what happened, lower-case kebab ({@code call}, {@code work-order}, {@code callback} …); the
 *                  console labels known kinds and filters by kind
 * @param reference the publishing module's id for it (a work-order number, a call id), or null
 * @param summary   one line for people; never put phone numbers in it, it is shown to every role
 * @param link      a console path ({@code /work-orders/123}) or null; anything but a relative path is dropped
 */
public record CustomerInteraction(long customerId, Instant at, String kind, String reference, String summary,
                                  String link) {
}
