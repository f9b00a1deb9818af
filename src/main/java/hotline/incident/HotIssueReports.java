package hotline.incident;

import java.util.Optional;

/**
 * Agents flag a work order they see as a possible hot issue (上报热点) from its page: the order counts once more
 * towards its topic (its category in its district, as at intake), flagged with who reported it, so an agent's
 * judgement brings a topic closer to its control limit. Each order can be reported once.
 */
public interface HotIssueReports {

    /** Reports the order; 404 when the caller may not see it, 409 {@code already-reported} the second time. */
    HotIssueReport report(long workOrderId);

    /** The report of this order, if someone made it; 404 when the caller may not see the order. */
    Optional<HotIssueReport> find(long workOrderId);
}
