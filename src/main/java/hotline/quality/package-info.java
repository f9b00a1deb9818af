/**
 * Quality inspection (质检): scorecards with versions, sampling plans, evaluations of recorded contacts, agent review
 * and appeals, calibration, automatic inspection of transcripts and call metadata, coaching and quality reports.
 * Publishes {@link hotline.quality.ContactFlagged} when automatic inspection finds something to review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package hotline.quality;
