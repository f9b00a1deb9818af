package hotline.incident.internal;

import hotline.incident.HotIssueReport;
import hotline.incident.HotIssueReports;
import hotline.platform.ConflictException;
import hotline.platform.security.CurrentUser;
import hotline.workorder.WorkOrders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * An agent's flag on a work order becomes one more observation of the order's topic, now, flagged with the agent's
 * name. The order is read through the work-order facade as the caller, so nobody reports an order they may not see.
 */
@Service
@Transactional
class WorkOrderHotIssueReports implements HotIssueReports {

    static final String REPORTERS = "hasAnyRole('AGENT','TEAM_LEAD','SUPERVISOR','MANAGER')";

    private final WorkOrders orders;
    private final HotIssueDetection detection;
    private final Clock clock;

    WorkOrderHotIssueReports(WorkOrders orders, HotIssueDetection detection, Clock clock) {
        this.orders = orders;
        this.detection = detection;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(REPORTERS)
    public HotIssueReport report(long workOrderId) {
        var order = orders.get(workOrderId);
        String topic = WorkOrderIntake.topic(order.categoryName(), order.type());
        String area = WorkOrderIntake.district(order.customerAddress());
        if (!detection.record(topic, area, clock.instant(), order.number(), CurrentUser.actor().username())) {
            var earlier = detection.reportOf(order.number()).orElseThrow();
            throw new ConflictException("already-reported", "work order " + order.number()
                    + " was already reported as a possible hot issue by " + earlier.reportedBy(),
                    Map.of("resource", "work order", "id", order.number(), "reportedBy", earlier.reportedBy()));
        }
        return detection.reportOf(order.number()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(REPORTERS)
    public Optional<HotIssueReport> find(long workOrderId) {
        return detection.reportOf(orders.get(workOrderId).number());
    }
}
